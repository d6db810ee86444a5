// renderPdf for everything that draws a PDF: PDFKit and fontkit (about 20 MB of RSS a process would
// otherwise hold from start) are loaded at the first PDF, not when the server starts.
import type { PdfContent, PdfOptions } from "./pdf";

export async function renderPdf(content: PdfContent, options?: PdfOptions): Promise<Buffer> {
  return (await import("./pdf")).renderPdf(content, options);
}
