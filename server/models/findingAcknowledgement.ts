import mongoose from "mongoose";

/** Someone said a personal-data finding may stay (documents, decisions, action items, agenda items); audited where it is made. */
export const acknowledgementSchema = new mongoose.Schema(
  {
    /** The finding's stable key (kind:value), so an acknowledgement survives edits elsewhere. */
    key: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    userName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

export interface FindingAcknowledgement {
  key: string;
  userId: unknown;
  userName: string;
  at: Date;
}
