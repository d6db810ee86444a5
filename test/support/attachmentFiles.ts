import { Document, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";
import { zlibSync } from "fflate";
import type { TestClient, TestResponse } from "./testClient";

/** A real PDF with this text. */
export function pdfWith(text: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const parts: Buffer[] = [];
  doc.on("data", (c: Buffer) => parts.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(parts))));
  doc.text(text);
  doc.end();
  return done;
}

export async function docxWith(text: string): Promise<Buffer> {
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })));
}

/** A 1×1 PNG, built by hand (signature, IHDR, IDAT, IEND). */
export function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = Buffer.from(zlibSync(new Uint8Array([0, 200, 200, 200])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

/** The start of a Windows executable (MZ header with a PE signature). */
export function fakeExecutable(): Buffer {
  const exe = Buffer.alloc(512);
  exe.write("MZ", 0, "latin1");
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write("PE\0\0", 0x80, "latin1");
  return exe;
}

/** POSTs raw bytes as the browser's XHR does (cookies, Origin, CSRF token). */
export async function uploadRaw(http: TestClient, path: string, data: Buffer, headers: Record<string, string> = {}): Promise<TestResponse> {
  const response = await fetch(http.baseUrl + path, {
    method: "POST",
    headers: { Cookie: http.cookieHeader(), Origin: http.baseUrl, "X-CSRF-Token": http.csrfToken, "Content-Type": "application/octet-stream", Accept: "application/json", ...headers },
    body: new Uint8Array(data),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function downloadRaw(http: TestClient, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const response = await fetch(http.baseUrl + path, { headers: { Cookie: http.cookieHeader(), ...headers } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}
