import { z } from "zod";
import { COUNTRIES } from "../domain";
import {
  CONTACT_POINT_KINDS,
  CONTACT_TAGS,
  DIRECTORY_LANGUAGES,
  DIRECTORY_LIMITS as L,
  DISCIPLINES,
  FRESHNESS_STATUSES,
} from "../directory";
import { ACCOUNT_LIMITS } from "../validations";
import { countrySchema, disciplineSchema, emailSchema, objectIdSchema } from "./accounts";

/**
 * Input schemas of the directory: organisations, contact points, search, exports, cards and the
 * observers' grant. The server validates with these; the client builds its forms from them.
 */

const text = (max: number) => z.string().trim().max(max);
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** International format, as people dial it across the border: "+32 2 123 45 67". */
export const phoneSchema = z
  .string()
  .trim()
  .max(L.phoneMax)
  .regex(/^\+[1-9](?: ?\d){6,14}$/, "must be an international number such as +32 2 123 45 67");
const optionalPhone = z.union([z.literal(""), phoneSchema]);
const optionalEmail = z.union([z.literal(""), emailSchema]);
export const httpsUrlSchema = z
  .string()
  .trim()
  .max(L.urlMax)
  .refine((value) => value === "" || /^https:\/\/[^\s<>"]+$/i.test(value), "must be an https:// address");

export const directoryLanguagesSchema = z.array(z.enum(DIRECTORY_LANGUAGES)).max(L.languagesMax).refine(unique, "each language once").meta({ uniqueItems: true });
export const contactTagsSchema = z.array(z.enum(CONTACT_TAGS)).max(L.tagsMax).refine(unique, "each tag once").meta({ uniqueItems: true });
export const editorIdsSchema = z.array(objectIdSchema).max(L.editorsMax).refine(unique, "each editor once").meta({ uniqueItems: true });

export const localisedNamesSchema = z.strictObject({
  nl: text(L.nameMax).default(""),
  fr: text(L.nameMax).default(""),
  en: text(L.nameMax).default(""),
});

export const postalAddressSchema = z.strictObject({
  street: text(L.streetMax).default(""),
  postalCode: text(L.postalCodeMax).default(""),
  city: text(L.cityMax).default(""),
});

export const organisationChannelsSchema = z.strictObject({
  switchboard: optionalPhone.default(""),
  secureMailbox: optionalEmail.default(""),
  hours: text(L.hoursMax).default(""),
  available24x7: z.boolean().default(false),
});

const organisationFields = {
  name: z.string().trim().min(1).max(ACCOUNT_LIMITS.organisationMax),
  discipline: disciplineSchema,
  country: countrySchema,
  officialNames: localisedNamesSchema,
  address: postalAddressSchema,
  website: httpsUrlSchema,
  languages: directoryLanguagesSchema,
  channels: organisationChannelsSchema,
};

/** A new organisation with its directory details (only name, discipline and country are required). */
export const directoryOrganisationInputSchema = z.strictObject({
  ...organisationFields,
  officialNames: localisedNamesSchema.default({ nl: "", fr: "", en: "" }),
  address: postalAddressSchema.default({ street: "", postalCode: "", city: "" }),
  website: httpsUrlSchema.default(""),
  languages: directoryLanguagesSchema.default([]),
  channels: organisationChannelsSchema.default({ switchboard: "", secureMailbox: "", hours: "", available24x7: false }),
});

/** Only what is sent changes; nested objects are sent whole. */
export const directoryOrganisationUpdateSchema = z
  .strictObject(organisationFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "nothing to change" })
  .meta({ minProperties: 1 });

export const organisationEditorsSchema = z.strictObject({ editorIds: editorIdsSchema });

export const organisationListQuerySchema = z.object({
  country: z.enum(COUNTRIES).optional(),
  discipline: z.enum(DISCIPLINES).optional(),
  language: z.enum(DIRECTORY_LANGUAGES).optional(),
  q: text(L.searchTextMax).optional(),
});

export const contactChannelsSchema = z.strictObject({
  phone: optionalPhone.default(""),
  /** A named person's own mobile number: personal data, shown to members only. */
  mobile: optionalPhone.default(""),
  email: optionalEmail.default(""),
  secureEmail: optionalEmail.default(""),
  hours: text(L.hoursMax).default(""),
});
const emptyChannels = { phone: "", mobile: "", email: "", secureEmail: "", hours: "" };

const contactPointFields = {
  kind: z.enum(CONTACT_POINT_KINDS),
  /** The person's name; empty for a function-based entry. */
  name: text(L.nameMax),
  /** The role or function ("Cel mensenhandel", "Reference magistrate for trafficking"). */
  function: text(L.functionMax).min(1),
  languages: directoryLanguagesSchema,
  channels: contactChannelsSchema,
  tags: contactTagsSchema,
  notes: text(L.notesMax),
  linkedUserId: objectIdSchema.nullable(),
};

/** The rules that span fields: a person has a name, a function has none, only people have a mobile. */
export function contactPointShapeIssues(value: { kind: string; name: string; channels: { mobile: string } }): Array<{ path: string[]; message: string }> {
  const issues: Array<{ path: string[]; message: string }> = [];
  if (value.kind === "person" && value.name === "") issues.push({ path: ["name"], message: "a named contact point needs the person's name" });
  if (value.kind === "function" && value.name !== "") issues.push({ path: ["name"], message: "a function-based entry has no person's name" });
  if (value.kind === "function" && value.channels.mobile !== "") issues.push({ path: ["channels", "mobile"], message: "only named people have a personal mobile number" });
  return issues;
}

export const contactPointInputSchema = z
  .strictObject({
    organisationId: objectIdSchema,
    ...contactPointFields,
    name: contactPointFields.name.default(""),
    languages: contactPointFields.languages.default([]),
    channels: contactChannelsSchema.default(emptyChannels),
    tags: contactPointFields.tags.default([]),
    notes: contactPointFields.notes.default(""),
    linkedUserId: contactPointFields.linkedUserId.default(null),
  })
  .superRefine((value, ctx) => {
    for (const issue of contactPointShapeIssues(value)) ctx.addIssue({ code: "custom", ...issue });
  });

/** Only what is sent changes (kind and organisation stay); the command checks the merged entry. */
export const contactPointUpdateSchema = z
  .strictObject(contactPointFields)
  .omit({ kind: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "nothing to change" })
  .meta({ minProperties: 1 });

/** Linking a contact point to a Greychair account, or unlinking it (null): a PATCH of that one field. */
export const contactPointLinkSchema = z.strictObject({ linkedUserId: contactPointFields.linkedUserId });

const searchFilters = {
  q: text(L.searchTextMax).optional(),
  country: z.enum(COUNTRIES).optional(),
  discipline: z.enum(DISCIPLINES).optional(),
  tag: z.enum(CONTACT_TAGS).optional(),
  language: z.enum(DIRECTORY_LANGUAGES).optional(),
  kind: z.enum(CONTACT_POINT_KINDS).optional(),
  organisationId: objectIdSchema.optional(),
  status: z.enum(FRESHNESS_STATUSES).optional(),
};

export const contactPointSearchSchema = z.object({
  ...searchFilters,
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(L.pageSizeMax).default(25),
});

/** The same filters choose what an export holds; mobiles can be left out of a copy to pass on. */
export const directoryExportQuerySchema = z.object({
  ...searchFilters,
  mobiles: z.enum(["include", "exclude"]).default("include"),
});

/** `?ids=a,b,c`: the contact points an agenda item, a decision or a document points at. */
export const contactPointCardsQuerySchema = z.object({
  ids: z
    .string()
    .max(L.cardsMax * 25)
    .transform((value) => value.split(",").map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(objectIdSchema).min(1).max(L.cardsMax)),
});

/** Lets an observer see named contact points until a date within their access (null withdraws it). */
export const directoryGrantSchema = z.strictObject({ until: z.iso.date().nullable() });

/** The references agenda items and decisions keep. */
export const contactPointIdsSchema = z.array(objectIdSchema).max(L.referencesMax).refine(unique, "each contact point once").meta({ uniqueItems: true });

/** The contact points a good-practice document's "contact point" section refers to, sent whole. */
export const documentContactPointsSchema = z.strictObject({ contactPointIds: contactPointIdsSchema });

export type DirectoryOrganisationInput = z.input<typeof directoryOrganisationInputSchema>;
export type DirectoryOrganisationUpdate = z.input<typeof directoryOrganisationUpdateSchema>;
export type ContactPointInput = z.input<typeof contactPointInputSchema>;
export type ContactPointUpdate = z.input<typeof contactPointUpdateSchema>;
export type ContactPointSearch = z.input<typeof contactPointSearchSchema>;
export type DirectoryExportQuery = z.input<typeof directoryExportQuerySchema>;
