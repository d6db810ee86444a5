import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { AGENDA_ITEM_TYPES, AGENDA_TAGS, PROPOSAL_STATUSES } from "../../shared/meetings";
import { acknowledgementSchema } from "./findingAcknowledgement";

/** An agenda item a member proposes; the chair accepts (it joins the agenda) or declines it. */
const agendaProposalSchema = new mongoose.Schema(
  {
    meetingId: { type: String, required: true },
    title: { type: String, required: true },
    type: { type: String, enum: AGENDA_ITEM_TYPES, required: true },
    plannedMinutes: { type: Number, default: 10 },
    description: { type: String, default: "" },
    tags: { type: [String], enum: AGENDA_TAGS, default: [] },
    /** Personal-data findings in the description the proposer said may stay (see writtenTextGuard). */
    acknowledgements: { type: [acknowledgementSchema], default: [] },
    proposedBy: { type: String, required: true },
    status: { type: String, enum: PROPOSAL_STATUSES, default: "pending" },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    reason: { type: String, default: "" },
    /** The agenda entry an accepted proposal became. */
    entryId: { type: String, default: null },
  },
  { timestamps: true },
);
agendaProposalSchema.index({ meetingId: 1, createdAt: 1 });

export type AgendaProposalFields = InferSchemaType<typeof agendaProposalSchema>;
export type AgendaProposalDocument = HydratedDocument<AgendaProposalFields>;
export const AgendaProposal = mongoose.model("AgendaProposal", agendaProposalSchema);
