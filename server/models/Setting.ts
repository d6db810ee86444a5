import mongoose from "mongoose";
import { reportWrites } from "./writeReports";

/** Workspace-wide switches, one document. */
const settingSchema = new mongoose.Schema(
  {
    _id: { type: String, default: "workspace" },
    require2faForAll: { type: Boolean, default: true },
    /** E-mails may name internal items (titles, excerpts); never restricted ones. Off by default. */
    includeExcerpts: { type: Boolean, default: false },
  },
  { timestamps: true },
);

/** Every write through this model, so the cached switches (server/auth/twoFactorRules.ts) are read again. */
export const onSettingWrite = reportWrites(settingSchema);
export const Setting = mongoose.model("Setting", settingSchema);

export async function loadSettings(): Promise<{ require2faForAll: boolean; includeExcerpts: boolean }> {
  const doc = await Setting.findById("workspace").lean();
  return { require2faForAll: doc?.require2faForAll ?? true, includeExcerpts: doc?.includeExcerpts ?? false };
}
