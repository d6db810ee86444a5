import mongoose, { type InferSchemaType, type HydratedDocument } from "mongoose";
import { COUNTRIES } from "../../shared/domain";
import { DIRECTORY_LANGUAGES, DISCIPLINES, LEGACY_TYPE_TO_DISCIPLINE, type Discipline } from "../../shared/directory";
import { foldForSearch } from "../directory/searchText";
import { reportWrites } from "./writeReports";

const localisedNamesSchema = new mongoose.Schema(
  { nl: { type: String, default: "" }, fr: { type: String, default: "" }, en: { type: String, default: "" } },
  { _id: false },
);
const addressSchema = new mongoose.Schema(
  { street: { type: String, default: "" }, postalCode: { type: String, default: "" }, city: { type: String, default: "" } },
  { _id: false },
);
const channelsSchema = new mongoose.Schema(
  {
    switchboard: { type: String, default: "" },
    secureMailbox: { type: String, default: "" },
    hours: { type: String, default: "" },
    available24x7: { type: Boolean, default: false },
  },
  { _id: false },
);

/**
 * An organisation people belong to, and its entry in the contact-point directory. Records written
 * before the directory have a `type` and no `discipline`: the start-up migration
 * (server/directory/organisationMigration.ts) sets it, and `organisationDiscipline` reads either.
 */
const organisationSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    discipline: { type: String, enum: DISCIPLINES },
    country: { type: String, enum: COUNTRIES, required: true },
    officialNames: { type: localisedNamesSchema, default: () => ({}) },
    /** Of the organisation, never of people. */
    address: { type: addressSchema, default: () => ({}) },
    website: { type: String, default: "" },
    languages: { type: [String], enum: DIRECTORY_LANGUAGES, default: [] },
    channels: { type: channelsSchema, default: () => ({}) },
    /** Besides the secretariat and the organisation's own members, these users may change its entries. */
    editorIds: { type: [String], default: [] },
    /** Lower-case, accents removed: names in every language, for search (no text index on FerretDB). */
    searchText: { type: String, default: "" },
  },
  { timestamps: true },
);
organisationSchema.index({ name: 1, country: 1 }, { unique: true });
organisationSchema.index({ country: 1, discipline: 1 });
organisationSchema.pre("save", function () {
  this.searchText = foldForSearch(this.name, this.officialNames?.nl, this.officialNames?.fr, this.officialNames?.en);
});
organisationSchema.index({ country: 1, name: 1 }); // the directory list's order
/** Every write through this model, so the organisations cache (server/presenters/organisationLookup.ts) drops it. */
export const onOrganisationWrite = reportWrites(organisationSchema);

export type OrganisationFields = InferSchemaType<typeof organisationSchema>;
export type OrganisationDocument = HydratedDocument<OrganisationFields>;
export const Organisation = mongoose.model("Organisation", organisationSchema);

/** The discipline, also of a record the migration has not reached yet. */
export function organisationDiscipline(organisation: { discipline?: string | null; get?(path: string): unknown }): Discipline {
  if (organisation.discipline) return organisation.discipline as Discipline;
  const legacy = (organisation as { type?: unknown }).type ?? organisation.get?.("type");
  return (typeof legacy === "string" ? LEGACY_TYPE_TO_DISCIPLINE[legacy] : undefined) ?? "other";
}
