import { once } from "node:events";
import type { Response } from "express";
import { ATTACHMENT_TYPES, type AttachmentMediaType } from "../../shared/attachments";
import { HttpError } from "../errors";
import type { AttachmentVersionFields } from "../models/Attachment";
import { readChunks } from "./chunkStore";

/** "Brochure 2016 (INTERNAL).pdf": the classification travels with the file, the extension is the real type's. */
export function downloadFileName(name: string, classification: string, mediaType: AttachmentMediaType): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, "").trim() || "file";
  return `${base} (${classification.toUpperCase()}).${ATTACHMENT_TYPES[mediaType]}`;
}

/** One `bytes=a-b` range (the only kind we serve); null for none; 416 when it cannot be served. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  const unsatisfiable = () => new HttpError(416, "range_not_satisfiable", "The requested range is not in the file", { size });
  if (!match || (match[1] === "" && match[2] === "")) throw unsatisfiable();
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size : Math.min(size, Number(match[2]) + 1);
  }
  if (start >= size || start >= end) throw unsatisfiable();
  return { start, end };
}

/** Streams a stored version as a download: never rendered in the browser, never sniffed. */
export async function sendVersion(res: Response, version: AttachmentVersionFields, classification: string, rangeHeader: string | undefined): Promise<void> {
  const mediaType = version.mediaType as AttachmentMediaType;
  const range = parseRange(rangeHeader, version.size);
  const { start, end } = range ?? { start: 0, end: version.size };
  const filename = downloadFileName(version.name, classification, mediaType);
  const ascii = filename.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || `file.${ATTACHMENT_TYPES[mediaType]}`;
  res.status(range ? 206 : 200);
  res.setHeader("Content-Type", mediaType === "text/plain" ? "text/plain; charset=utf-8" : mediaType);
  res.setHeader("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
  res.setHeader("Accept-Ranges", "bytes");
  res.setHeader("Content-Length", String(end - start));
  if (range) res.setHeader("Content-Range", `bytes ${start}-${end - 1}/${version.size}`);
  for await (const part of readChunks(version.id, version.chunkSize, start, end)) {
    if (!res.write(part)) await once(res, "drain");
  }
  res.end();
}
