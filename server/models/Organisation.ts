import mongoose, { type InferSchemaType, type HydratedDocument } from "mongoose";
import { COUNTRIES, ORGANISATION_TYPES } from "../../shared/domain";
import { reportWrites } from "./writeReports";

const organisationSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    type: { type: String, enum: ORGANISATION_TYPES, required: true },
    country: { type: String, enum: COUNTRIES, required: true },
  },
  { timestamps: true },
);
organisationSchema.index({ name: 1, country: 1 }, { unique: true });
organisationSchema.index({ country: 1, name: 1 }); // the list's order
/** Every write through this model, so the organisations cache (server/presenters/organisationLookup.ts) drops it. */
export const onOrganisationWrite = reportWrites(organisationSchema);

export type OrganisationFields = InferSchemaType<typeof organisationSchema>;
export type OrganisationDocument = HydratedDocument<OrganisationFields>;
export const Organisation = mongoose.model("Organisation", organisationSchema);
