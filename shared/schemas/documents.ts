import { z } from "zod";
import { findingKeySchema } from "./findings";
import { COUNTRIES } from "../domain";
import { CLASSIFICATIONS, DOCUMENT_LIMITS, DOCUMENT_STATUSES, DOCUMENT_TAGS, DOCUMENT_TEMPLATES } from "../documents";
import { LANGUAGES } from "../languages";
import { normaliseLink } from "../editor/links";
import { objectIdSchema } from "./accounts";
import { changes, optionalText, requiredText } from "./text";

export const documentIdSchema = objectIdSchema;

const titleSchema = requiredText(DOCUMENT_LIMITS.titleMax);
const countriesSchema = z.array(z.enum(COUNTRIES)).max(4);
const tagsSchema = z.array(z.enum(DOCUMENT_TAGS)).max(DOCUMENT_TAGS.length);
/** Restricted documents: the named members who may see it (the secretariat always may). */
const memberIdsSchema = z.array(objectIdSchema).max(300);

export const createDocumentSchema = z.object({
  title: titleSchema,
  language: z.enum(LANGUAGES),
  template: z.enum(DOCUMENT_TEMPLATES).default("blank"),
  countries: countriesSchema.default([]),
  tags: tagsSchema.default([]),
  classification: z.enum(CLASSIFICATIONS).default("internal"),
  memberIds: memberIdsSchema.default([]),
});

/** What a document is about and who sees it, every field given (its settings form); the API takes what changed. */
export const documentSettingsSchema = z.object({
  title: titleSchema,
  language: z.enum(LANGUAGES),
  countries: countriesSchema,
  tags: tagsSchema,
  classification: z.enum(CLASSIFICATIONS),
  status: z.enum(DOCUMENT_STATUSES),
  memberIds: memberIdsSchema,
});

export const updateDocumentSchema = changes(documentSettingsSchema.partial().shape);

export const documentListQuerySchema = z.object({
  q: optionalText(200).optional(),
  tag: z.enum(DOCUMENT_TAGS).optional(),
  country: z.enum(COUNTRIES).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  language: z.enum(LANGUAGES).optional(),
});

export const createVersionSchema = z.object({ name: requiredText(DOCUMENT_LIMITS.versionNameMax) });

/** `?to=`: the version to compare with, or "current" for the current text. */
export const compareVersionsQuerySchema = z.object({ to: z.union([z.literal("current"), objectIdSchema]) });

/** The history page's "compare" form: two different states, the older one first. */
export const compareVersionsFormSchema = z
  .object({ from: objectIdSchema, to: compareVersionsQuerySchema.shape.to })
  .superRefine(({ from, to }, ctx) => {
    if (from === to) ctx.addIssue({ code: "custom", path: ["to"], input: to, params: { rule: "same_version" } });
  });

export const acknowledgeFindingSchema = z.object({ key: findingKeySchema });

export const EXPORT_FORMATS = ["md", "html", "docx", "pdf"] as const;
/** `confirm=findings`: a member exports the draft although likely personal data in it is not acknowledged (after seeing the list). */
/** `comments=include` adds the comment threads the exporter may read as an appendix. */
export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS), confirm: z.literal("findings").optional(), comments: z.literal("include").optional() });

/** A link typed into the editor, normalised (see normaliseLink); anything else is refused with rule "link". */
export const linkFormSchema = z.object({
  href: z
    .string()
    .trim()
    .min(1)
    .transform((value, ctx) => {
      const href = normaliseLink(value);
      if (href) return href;
      ctx.addIssue({ code: "custom", input: value, params: { rule: "link" } });
      return z.NEVER;
    }),
});
