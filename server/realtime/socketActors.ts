import type { Role } from "../../shared/domain";
import { domainEvents } from "../domainEvents";
import type { ActingUser } from "../meetings/actingUser";
import { User, userMayUseAccount } from "../models/User";

/** A socket's user as the policy sees them now: role, whether active, when access ends. */
export interface SocketActor extends ActingUser {
  accessUntil: Date | null;
}

/**
 * How long a state read stands. The session guard re-reads every connected user every 2 s in one
 * query and hands the states here (primeSocketActors), so a connected user's entry is refreshed
 * before it goes stale and events read nothing: 100 editing accounts cost 50 user reads a second
 * before (one per user per 2 s). A change made outside a domain event (the database edited by
 * hand, an access end passing) is still seen within about 3 s.
 */
const FRESH_MS = 3_000;
const MAX_ENTRIES = 2_000;
/** A stalled database must not stall every event: past this, the last state read stands. */
const READ_DEADLINE_MS = 1_000;

const cache = new Map<string, { at: number; actor: Promise<SocketActor | null>; known?: SocketActor | null }>();
/** Counts this process's access changes, so a read that began before one is not primed over it. */
let accessChanges = 0;

// This process's own changes (deactivation, role change, reset) are seen at once.
domainEvents.on("user.accessChanged", (userId) => {
  accessChanges++;
  cache.delete(userId);
});

type StoredActor = { _id: unknown; name: string; role: string; active: boolean; accessUntil?: Date | null };

const actorOf = (user: StoredActor): SocketActor => ({ id: String(user._id), name: user.name, role: user.role as Role, active: userMayUseAccount(user), accessUntil: user.accessUntil ?? null });

/** A mark to take before reading users for primeSocketActors. */
export const accessChangeMark = () => accessChanges;

/**
 * Takes users' states read in one query (the session guard's) as fresh, unless an access change
 * happened in this process since `mark` was taken (the read may predate it: the next event reads).
 */
export function primeSocketActors(users: StoredActor[], mark: number, at = Date.now()): void {
  if (mark !== accessChanges) return;
  for (const user of users) {
    const actor = actorOf(user);
    cache.set(actor.id, { at, actor: Promise.resolve(actor), known: actor });
  }
}

async function load(userId: string): Promise<SocketActor | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("user read timed out")), READ_DEADLINE_MS)));
  const read = User.findById(userId, { name: 1, role: 1, active: 1, accessUntil: 1 }).lean();
  const user = await Promise.race([read, deadline]).finally(() => clearTimeout(timer));
  return user ? actorOf(user) : null;
}

/**
 * The user's current state, from a small in-process cache (primed by the session guard every 2 s;
 * otherwise one database read per user per FRESH_MS at most, shared by all their sockets and
 * concurrent events). Null: the account is gone.
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
