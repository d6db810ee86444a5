import type { Response } from "express";

/** Sends a generated file (an export, a report) as a download that the browser will not sniff or render. */
export function sendDownload(res: Response, contentType: string, fileName: string, body: Buffer | string): void {
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Disposition", `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.send(body);
}
