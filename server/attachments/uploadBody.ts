import express, { type Request, type Response } from "express";
import { PayloadTooLarge, Validation } from "../errors";

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Reads the raw request body (the file) once the route has authorized the upload, so nobody gets
 * to stream 25 MB before the policy has spoken. Refuses more than ATTACHMENT_MAX_BYTES (413).
 */
export function readUploadBody(req: Request, res: Response): Promise<Buffer> {
  const max = req.app.locals.attachmentMaxBytes as number;
  const tooLarge = () => PayloadTooLarge(`The file is larger than ${megabytes(max)} MB`);
  if (Number(req.get("content-length") ?? 0) > max) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    express.raw({ type: () => true, limit: max })(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === "entity.too.large") return reject(tooLarge());
      if (error) return reject(error);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) return reject(Validation([{ path: "body", message: "Send the file as the request body" }]));
      resolve(req.body);
    });
  });
}
