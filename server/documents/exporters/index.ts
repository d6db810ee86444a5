/**
 * Exports of a good-practice document's current version: Markdown, sanitised HTML, DOCX and PDF,
 * each with the title, the metadata and the classification marking on every page.
 */
import { exportHtml } from "./html";
import { exportMarkdown } from "./markdown";
import type { ExportFile, ExportInput } from "./types";

export type { ExportFile, ExportInput, ExportMeta } from "./types";

export const EXPORT_FORMATS = ["md", "html", "docx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Renders the document in one format. Rejects only an unknown format; any content renders. */
export async function exportDocument(format: ExportFormat, input: ExportInput): Promise<ExportFile> {
  switch (format) {
    case "md":
      return exportMarkdown(input);
    case "html":
      return exportHtml(input);
    // DOCX and PDF load their libraries at the first export (tens of MB the server otherwise holds).
    case "docx":
      return (await import("./docx")).exportDocx(input);
    case "pdf":
      return (await import("./pdf")).exportPdf(input);
    default:
      throw new Error(`unknown export format: ${String(format)}`);
  }
}

/**
 * A file name for the download: the title reduced to safe ASCII, and the export date, e.g.
 * "multidisciplinaire-screening-2026-03-14.pdf".
 */
export function exportFileName(meta: Pick<ExportInput["meta"], "title" | "exportedAt">, format: ExportFormat): string {
  const slug = String(meta.title ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  const date = meta.exportedAt instanceof Date && !Number.isNaN(meta.exportedAt.getTime()) ? meta.exportedAt.toISOString().slice(0, 10) : "";
  return `${[slug || "document", date].filter(Boolean).join("-")}.${format}`;
}
