import mongoose from "mongoose";
import { domainEvents } from "../domainEvents";
import { onUserWrite, User, type UserDocument, type UserFields } from "../models/User";
import { ReadCache } from "./readCache";

/** Long enough to spare the database on every request, short enough as a safety net across processes. */
export const USER_CACHE_TTL_MS = 5_000;

type StoredUser = UserFields & { _id: mongoose.Types.ObjectId };
const users = new ReadCache<StoredUser>({ max: 5_000, ttlMs: USER_CACHE_TTL_MS });

// Every write to a user through mongoose in this process (role, activation, password, 2FA, name…)
// drops it at once; so do the domain events that end a user's access.
onUserWrite((ids) => users.invalidate(ids));
domainEvents.on("user.accessChanged", (userId) => users.invalidate([userId]));

/**
 * The user of a signed-in request. Each request gets its own document (hydrated from the cached
 * fields), so a route that changes and saves it never changes what another request sees.
 */
export async function loadSessionUser(id: string): Promise<UserDocument | null> {
  if (!mongoose.isValidObjectId(id)) return null;
  const fields = await users.load(id, () => User.findById(id).lean<StoredUser>());
  return fields ? User.hydrate(fields) : null;
}

/**
 * Users by id for the people and names on a page (meetings, documents), from the same cache: one
 * `$in` query for those not in it.
 */
export async function cachedUsers(ids: readonly string[]): Promise<Map<string, StoredUser>> {
  const valid = ids.filter((id) => /^[0-9a-f]{24}$/.test(id));
  return users.loadMany(valid, (missing) => User.find({ _id: { $in: missing } }).lean<StoredUser[]>(), (user) => String(user._id));
}
