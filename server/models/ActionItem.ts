import mongoose, { type HydratedDocument, type InferSchemaType } from "mongoose";
import { ACTION_STATUSES } from "../../shared/meetings";
import { acknowledgementSchema } from "./findingAcknowledgement";

/** Something someone agreed to do, recorded against an agenda item. */
const actionItemSchema = new mongoose.Schema(
  {
    meetingId: { type: String, required: true },
    itemId: { type: String, required: true },
    description: { type: String, required: true },
    ownerId: { type: String, required: true },
    /** A calendar date ("2026-04-01"), compared with today in Brussels. */
    dueDate: { type: String, default: null },
    status: { type: String, enum: ACTION_STATUSES, default: "open" },
    createdBy: { type: String, required: true },
    /** Personal-data findings in the description that someone said may stay (audited). */
    acknowledgements: { type: [acknowledgementSchema], default: [] },
  },
  { timestamps: true },
);
actionItemSchema.index({ ownerId: 1, status: 1 });
actionItemSchema.index({ ownerId: 1, dueDate: 1, createdAt: 1 }); // "my action items", in their order
actionItemSchema.index({ meetingId: 1, createdAt: 1 });

export type ActionItemFields = InferSchemaType<typeof actionItemSchema>;
export type ActionItemDocument = HydratedDocument<ActionItemFields>;
export const ActionItem = mongoose.model("ActionItem", actionItemSchema);
