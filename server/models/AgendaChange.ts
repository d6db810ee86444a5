import mongoose, { type InferSchemaType } from "mongoose";

/** One attributed change to an agenda, append-only: the agenda's change history. */
const agendaChangeSchema = new mongoose.Schema({
  meetingId: { type: String, required: true },
  version: { type: Number, required: true },
  at: { type: Date, required: true },
  actorId: { type: String, default: null },
  actorName: { type: String, default: null },
  operation: { type: String, enum: ["add", "update", "remove", "move", "accept_proposal"], required: true },
  entryId: { type: String, required: true },
  entryTitle: { type: String, default: "" },
  fields: { type: [String], default: [] },
  from: { type: Number, default: null },
  to: { type: Number, default: null },
});
agendaChangeSchema.index({ meetingId: 1, version: -1 });

export type AgendaChangeFields = InferSchemaType<typeof agendaChangeSchema>;
export const AgendaChange = mongoose.model("AgendaChange", agendaChangeSchema);
