import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { COUNTRIES } from "../../shared/domain";
import { acknowledgementSchema } from "./findingAcknowledgement";
import { DECISION_METHODS, DECISION_OUTCOMES, VICTIM_NOTE_KINDS } from "../../shared/meetings";

const votesSchema = new mongoose.Schema(
  { for: { type: Number, required: true }, against: { type: Number, required: true }, abstain: { type: Number, required: true } },
  { _id: false },
);
const countryVotesSchema = new mongoose.Schema(
  { country: { type: String, enum: COUNTRIES, required: true }, for: Number, against: Number, abstain: Number },
  { _id: false },
);

/**
 * A decision on a decision item. Changeable until the meeting is finalised; then it is copied into
 * the archive (ArchiveRecord) and archiveNumber is set. The victim note is required by the model too.
 */
const decisionSchema = new mongoose.Schema(
  {
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    text: { type: String, required: true },
    outcome: { type: String, enum: DECISION_OUTCOMES, required: true },
    method: { type: String, enum: DECISION_METHODS, required: true },
    votes: { type: votesSchema, default: null },
    votesByCountry: { type: [countryVotesSchema], default: [] },
    victimNote: {
      type: new mongoose.Schema({ kind: { type: String, enum: VICTIM_NOTE_KINDS, required: true }, text: { type: String, required: true } }, { _id: false }),
      required: true,
    },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    archiveNumber: { type: String, default: null },
    /** Personal-data findings in the text or victim note that someone said may stay (audited). */
    acknowledgements: { type: [acknowledgementSchema], default: [] },
    /** Contact points of the directory this decision refers to. */
    contactPointIds: { type: [String], default: [] },
  },
  { timestamps: true },
);
decisionSchema.index({ meetingId: 1, recordedAt: 1 });

export type DecisionFields = InferSchemaType<typeof decisionSchema>;
export type DecisionDocument = HydratedDocument<DecisionFields>;
export const Decision = mongoose.model("Decision", decisionSchema);
