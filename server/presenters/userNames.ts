import { cachedUsers } from "../auth/userCache";

/** Names for a set of user ids, from the users cache and one query for the rest (no $lookup on FerretDB). */
export async function userNames(ids: Array<unknown>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter(Boolean).map(String))];
  if (wanted.length === 0) return new Map();
  const users = await cachedUsers(wanted);
  return new Map([...users.values()].map((u) => [String(u._id), u.name]));
}
