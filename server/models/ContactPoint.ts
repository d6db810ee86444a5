import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { COUNTRIES } from "../../shared/domain";
import { CONTACT_POINT_KINDS, CONTACT_TAGS, DIRECTORY_LANGUAGES } from "../../shared/directory";
import { foldForSearch } from "../directory/searchText";

const channelsSchema = new mongoose.Schema(
  {
    phone: { type: String, default: "" },
    /** A named person's own mobile: shown to members only, never to observers. */
    mobile: { type: String, default: "" },
    email: { type: String, default: "" },
    secureEmail: { type: String, default: "" },
    hours: { type: String, default: "" },
  },
  { _id: false },
);

/**
 * An entry of the directory: a function ("Cel mensenhandel, Federale Politie DJSOC") or a named
 * person, attached to an organisation. Its fields are personal data by design, so the directory is
 * internal and never published; the personal-data guard of documents does not look at it.
 *
 * Freshness: `verifiedAt` + six months is `nextVerificationAt`; its owner is asked to confirm a month
 * before (verificationRequestedAt records that the cycle asked), and past the date it is stale.
 */
const contactPointSchema = new mongoose.Schema(
  {
    organisationId: { type: String, required: true },
    /** Copied from the organisation (kept in step when it moves country) so that lists filter with an index. */
    country: { type: String, enum: COUNTRIES, required: true },
    kind: { type: String, enum: CONTACT_POINT_KINDS, required: true },
    name: { type: String, default: "" },
    function: { type: String, required: true },
    languages: { type: [String], enum: DIRECTORY_LANGUAGES, default: [] },
    channels: { type: channelsSchema, default: () => ({}) },
    tags: { type: [String], enum: CONTACT_TAGS, default: [] },
    notes: { type: String, default: "" },
    /** The Greychair account of this person or of the one who answers for this function. */
    linkedUserId: { type: String, default: null },
    verifiedAt: { type: Date, required: true },
    verifiedBy: { type: String, default: null },
    nextVerificationAt: { type: Date, required: true },
    verificationRequestedAt: { type: Date, default: null },
    searchText: { type: String, default: "" },
    createdBy: { type: String, default: null },
  },
  { timestamps: true },
);
contactPointSchema.index({ organisationId: 1 });
contactPointSchema.index({ country: 1, kind: 1 });
contactPointSchema.index({ tags: 1 });
contactPointSchema.index({ languages: 1 });
contactPointSchema.index({ nextVerificationAt: 1 });
contactPointSchema.index({ linkedUserId: 1 });
contactPointSchema.pre("save", function () {
  this.searchText = foldForSearch(this.name, this.function);
});

export type ContactPointFields = InferSchemaType<typeof contactPointSchema>;
export type ContactPointDocument = HydratedDocument<ContactPointFields>;
export const ContactPoint = mongoose.model("ContactPoint", contactPointSchema);
