import type { JSONContent } from "@tiptap/core";

/** What an export says about the document, besides its body. */
export interface ExportMeta {
  title: string;
  language: "nl" | "fr" | "en";
  classification: "public" | "internal" | "restricted";
  status: "draft" | "published" | "archived";
  countries: string[];
  tags: string[];
  authors: string[];
  updatedAt: Date;
  exportedAt: Date;
  exportedBy: string;
}

export interface ExportInput {
  meta: ExportMeta;
  content: JSONContent /* ProseMirror JSON of the document body, type "doc" */;
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  extension: "md" | "html" | "docx" | "pdf";
}
