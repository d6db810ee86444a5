import type { Role } from "../../shared/domain";
import { domainEvents } from "../domainEvents";
import type { ActingUser } from "../meetings/actingUser";
import { User, userMayUseAccount } from "../models/User";

/** A socket's user as the policy sees them now: role, whether active, when access ends. */
export interface SocketActor extends ActingUser {
  accessUntil: Date | null;
}

/**
 * Short enough that a change made by another instance (no domain event here) is seen within the
 * session guard's own 2 s check; long enough that a busy socket costs one user lookup per window.
 */
const FRESH_MS = 2_000;
const MAX_ENTRIES = 2_000;
/** A stalled database must not stall every event: past this, the last state read stands. */
const READ_DEADLINE_MS = 1_000;

const cache = new Map<string, { at: number; actor: Promise<SocketActor | null>; known?: SocketActor | null }>();

// This process's own changes (deactivation, role change, reset) are seen at once.
domainEvents.on("user.accessChanged", (userId) => cache.delete(userId));

async function load(userId: string): Promise<SocketActor | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("user read timed out")), READ_DEADLINE_MS)));
  const read = User.findById(userId, { name: 1, role: 1, active: 1, accessUntil: 1 }).lean();
  const user = await Promise.race([read, deadline]).finally(() => clearTimeout(timer));
  if (!user) return null;
  return { id: String(user._id), name: user.name, role: user.role as Role, active: userMayUseAccount(user), accessUntil: user.accessUntil ?? null };
}

/**
 * The user's current state, from a small in-process cache (one database read per user per 2 s at
 * most, shared by all their sockets and concurrent events). Null: the account is gone.
 */
export function socketActor(userId: string, ip: string): Promise<SocketActor | null> {
  const now = Date.now();
  let entry = cache.get(userId);
  if (!entry || now - entry.at > FRESH_MS) {
    if (cache.size >= MAX_ENTRIES) for (const [key, old] of cache) if (now - old.at > FRESH_MS) cache.delete(key);
    const previous = entry;
    const fresh: NonNullable<typeof entry> = {
      at: now,
      // While the database cannot answer, the last state read stands (nobody can change it meanwhile);
      // the next event asks again. Without one, the event fails.
      actor: load(userId).then(
        (actor) => ((fresh.known = actor), actor),
        (error: unknown) => {
          if (previous?.known === undefined) {
            if (cache.get(userId) === fresh) cache.delete(userId);
            throw error;
          }
          // Stale at once, so the next event asks again; the state read before stands meanwhile (it
          // was dropped here before, and every later event then failed with server_error until a
          // read came back within the deadline: thousands of refused updates in a loaded 200x3 run).
          fresh.at = 0;
          return previous.known;
        },
      ),
      known: previous?.known,
    };
    entry = fresh;
    cache.set(userId, entry);
  }
  return entry.actor.then((actor) => (actor ? { ...actor, ip } : null));
}
