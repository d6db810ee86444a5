import { User } from "../models/User";

/** Names for a set of user ids, in one query (no $lookup on FerretDB). */
export async function userNames(ids: Array<unknown>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))];
  if (wanted.length === 0) return new Map();
  const users = await User.find({ _id: { $in: wanted } }, { name: 1 }).lean();
  return new Map(users.map((u) => [String(u._id), u.name]));
}
