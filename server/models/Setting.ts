import mongoose from "mongoose";

/** Workspace-wide switches, one document. */
const settingSchema = new mongoose.Schema(
  {
    _id: { type: String, default: "workspace" },
    require2faForAll: { type: Boolean, default: true },
  },
  { timestamps: true },
);

export const Setting = mongoose.model("Setting", settingSchema);

export async function loadSettings(): Promise<{ require2faForAll: boolean }> {
  const doc = await Setting.findById("workspace").lean();
  return { require2faForAll: doc?.require2faForAll ?? true };
}
