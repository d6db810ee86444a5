import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { COUNTRIES } from "../../shared/domain";
import { CLASSIFICATIONS, DOCUMENT_STATUSES, DOCUMENT_TAGS, DOCUMENT_TEMPLATES } from "../../shared/documents";
import { LANGUAGES } from "../../shared/languages";
import { acknowledgementSchema } from "./findingAcknowledgement";
import { reportWrites } from "./writeReports";

/**
 * What readers without draft access see (observers, their search and exports): the last version that
 * passed the personal-data guard. Its body (Yjs state) is in PublishedDocument; this is the small part
 * the list and search need. Replaced only by publishing again through the guard.
 */
const publicationSchema = new mongoose.Schema(
  {
    title: { type: String, required: true },
    /** Plain text of the published body: what observers' search matches. */
    text: { type: String, default: "" },
    /** SHA-256 of the published body (ProseMirror JSON) and title: compared with the draft to show drift. */
    hash: { type: String, required: true },
    byId: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/** A good-practice document's metadata; its body lives in the collaboration store (Yjs). */
const documentSchema = new mongoose.Schema(
  {
    title: { type: String, required: true, trim: true },
    language: { type: String, enum: LANGUAGES, required: true },
    template: { type: String, enum: DOCUMENT_TEMPLATES, default: "blank" },
    countries: { type: [String], enum: COUNTRIES, default: [] },
    tags: { type: [String], enum: DOCUMENT_TAGS, default: [] },
    classification: { type: String, enum: CLASSIFICATIONS, default: "internal" },
    status: { type: String, enum: DOCUMENT_STATUSES, default: "draft" },
    /** For restricted documents: who may see it besides the secretariat. */
    memberIds: { type: [mongoose.Schema.Types.ObjectId], ref: "User", default: [] },
    /** Granted by the secretariat: readers who may also comment (observers, mostly); "reviewer" access, between read and edit. */
    reviewerIds: { type: [mongoose.Schema.Types.ObjectId], ref: "User", default: [] },
    createdBy: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    /** Good-practice template: the directory's contact points its "contact point" section refers to (issue 12). */
    contactPointIds: { type: [String], default: [] },
    /** Plain text of the body, refreshed when the body is stored: used for search. */
    searchText: { type: String, default: "" },
    /** People mentioned in the text at the last check (server/collaboration/extensions/textMentions.ts): only newly mentioned people are told. */
    textMentionIds: { type: [String], default: [] },
    acknowledgements: { type: [acknowledgementSchema], default: [] },
    published: { type: publicationSchema, default: null },
    /** Where a copy came from: a training group's case that became this good-practice draft. */
    origin: { type: new mongoose.Schema({ documentId: String, trainingId: String, group: Number }, { _id: false }), default: null },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
documentSchema.index({ classification: 1, status: 1 });
documentSchema.index({ updatedAt: -1 });
documentSchema.index({ deletedAt: 1, updatedAt: -1 }); // the library list: live documents, newest first

/** Every write through mongoose, for the in-process read models (server/readModels/). */
export const onDocumentWrite = reportWrites(documentSchema);

export type DocumentFields = InferSchemaType<typeof documentSchema>;
export type DocumentRecord = HydratedDocument<DocumentFields>;
export const DocumentModel = mongoose.model("Document", documentSchema);
