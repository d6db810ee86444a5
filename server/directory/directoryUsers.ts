import { User } from "../models/User";
import { unknownUsers } from "./directoryErrors";

/** Refuses ids that are not active accounts (editors, linked accounts). */
export async function requireActiveUsers(ids: readonly string[], path: string): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await User.countDocuments({ _id: { $in: wanted }, active: true });
  if (found !== wanted.length) throw unknownUsers(path);
}

/** The accounts that answer for an organisation's entries: its active members (not observers). */
export async function organisationMemberIds(organisationId: string): Promise<string[]> {
  const members = await User.find({ organisationId, active: true, role: { $ne: "observer" } }, { _id: 1 }).limit(500).lean();
  return members.map((m) => String(m._id));
}
