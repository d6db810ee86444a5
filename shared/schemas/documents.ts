import { z } from "zod";
import { COUNTRIES } from "../domain";
import { CLASSIFICATIONS, DOCUMENT_LIMITS, DOCUMENT_STATUSES, DOCUMENT_TAGS, DOCUMENT_TEMPLATES } from "../documents";
import { LANGUAGES } from "../languages";
import { objectIdSchema } from "./accounts";
import { changes, optionalText, requiredText } from "./text";

export const documentIdSchema = objectIdSchema;

export const createDocumentSchema = z.object({
  title: requiredText(DOCUMENT_LIMITS.titleMax),
  language: z.enum(LANGUAGES),
  template: z.enum(DOCUMENT_TEMPLATES).default("blank"),
  countries: z.array(z.enum(COUNTRIES)).max(4).default([]),
  tags: z.array(z.enum(DOCUMENT_TAGS)).max(DOCUMENT_TAGS.length).default([]),
  classification: z.enum(CLASSIFICATIONS).default("internal"),
  /** Restricted documents: the named members who may see it (the secretariat always may). */
  memberIds: z.array(objectIdSchema).max(300).default([]),
});

export const updateDocumentSchema = changes({
  title: requiredText(DOCUMENT_LIMITS.titleMax).optional(),
  language: z.enum(LANGUAGES).optional(),
  countries: z.array(z.enum(COUNTRIES)).max(4).optional(),
  tags: z.array(z.enum(DOCUMENT_TAGS)).max(DOCUMENT_TAGS.length).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  memberIds: z.array(objectIdSchema).max(300).optional(),
});

export const documentListQuerySchema = z.object({
  q: optionalText(200).optional(),
  tag: z.enum(DOCUMENT_TAGS).optional(),
  country: z.enum(COUNTRIES).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  language: z.enum(LANGUAGES).optional(),
});

export const createVersionSchema = z.object({ name: requiredText(DOCUMENT_LIMITS.versionNameMax) });

export const acknowledgeFindingSchema = z.object({ key: z.string().min(3).max(200) });

export const EXPORT_FORMATS = ["md", "html", "docx", "pdf"] as const;
export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS) });
