import session from "express-session";
import { LRUCache } from "lru-cache";
import { domainEvents } from "../domainEvents";
import { onSessionRecordWrite, SessionRecord } from "../models/SessionRecord";
import { ReadCache } from "./readCache";

type SessionData = session.SessionData;
type Callback<T = void> = (error?: unknown, value?: T) => void;

const SWEEP_INTERVAL_MS = 10 * 60_000;
/** The stored idle deadline is moved at most this often (express-session would write it on every request). */
export const TOUCH_INTERVAL_MS = 60_000;
/** Long enough to spare the database on every request, short enough as a safety net across processes. */
export const SESSION_CACHE_TTL_MS = 5_000;

interface CachedSession {
  data: string;
  expiresAt: number;
}

/**
 * express-session store on mongoose. Portable to FerretDB: no TTL index, so every read checks
 * `expiresAt` and a sweep deletes what has expired. The user id, IP and user agent are kept beside
 * the data so a user can list and revoke their sessions.
 *
 * Reads go through a small cache (a few seconds; LRU) that every write to a session record in this
 * process clears at once — revocation, sign-out, password change, the sweep — as do the
 * "sessions.revoked" events. So a revoked session is refused on the very next request here; a
 * server process that did not make the change refuses it within SESSION_CACHE_TTL_MS. The idle
 * deadline (`expiresAt`) is moved at most once a minute (TOUCH_INTERVAL_MS) instead of on every
 * request, so a session ends 29 to 30 minutes after its last request; the cookie is re-sent with
 * each response (express-session's rolling) and so never expires more than a minute after it.
 */
export class MongooseSessionStore extends session.Store {
  private sweeper: NodeJS.Timeout;
  private readonly cache = new ReadCache<CachedSession>({ max: 10_000, ttlMs: SESSION_CACHE_TTL_MS });
  /** Sessions this process has read from the database: saving one of them never re-creates it. */
  private readonly existing = new LRUCache<string, true>({ max: 50_000, ttl: 12 * 3_600_000 });
  /** Sessions whose deadline is being moved now: parallel requests of one session write it once. */
  private readonly touching = new Set<string>();
  private readonly stopListening: Array<() => void>;

  /** `alsoSweep`: other expiring records to clean on the same schedule (FerretDB has no TTL indexes). */
  constructor(private alsoSweep: Array<() => Promise<void>> = []) {
    super();
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
    const onRevoked = (ids: string[]) => this.cache.invalidate(ids);
    domainEvents.on("sessions.revoked", onRevoked);
    this.stopListening = [onSessionRecordWrite((ids) => this.cache.invalidate(ids)), () => domainEvents.off("sessions.revoked", onRevoked)];
  }

  close(): void {
    clearInterval(this.sweeper);
    this.stopListening.forEach((stop) => stop());
  }

  async sweep(now = new Date()): Promise<number> {
    const { deletedCount } = await SessionRecord.deleteMany({ expiresAt: { $lte: now } });
    for (const sweep of this.alsoSweep) await sweep();
    return deletedCount;
  }

  private lookup(sid: string): Promise<CachedSession | null> {
    return this.cache.load(sid, async () => {
      const record = await SessionRecord.findById(sid, { data: 1, expiresAt: 1 }).lean();
      if (!record) return null;
      this.existing.set(sid, true);
      return { data: record.data, expiresAt: record.expiresAt.getTime() };
    });
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const answer = async (): Promise<SessionData | null> => {
      let found = await this.lookup(sid);
      // An expired cached deadline may have been moved by another process: ask the database first.
      if (found && found.expiresAt <= Date.now()) {
        this.cache.invalidate([sid]);
        found = await this.lookup(sid);
      }
      if (!found) return null;
      if (found.expiresAt <= Date.now()) {
        await SessionRecord.deleteOne({ _id: sid });
        return null;
      }
      return JSON.parse(found.data) as SessionData; // a fresh object: express-session changes it
    };
    answer().then((data) => callback(undefined, data), (error) => callback(error));
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const now = new Date();
    const meta = data.meta;
    const fields = {
      data: JSON.stringify(data),
      userId: data.passport?.user ?? null,
      expiresAt: expiry(data),
      lastSeenAt: now,
      ip: meta?.ip ?? "",
      userAgent: meta?.userAgent ?? "",
    };
    // A session that existed is only updated: if it was revoked meanwhile, a late save from a
    // request still in flight must not bring it back. Only a new session id is inserted.
    const write = this.existing.has(sid)
      ? SessionRecord.updateOne({ _id: sid }, { $set: fields })
      : SessionRecord.updateOne({ _id: sid }, { $set: fields, $setOnInsert: { createdAt: meta?.createdAt ? new Date(meta.createdAt) : now } }, { upsert: true });
    write
      .then(() => {
        this.existing.set(sid, true);
        callback?.();
      })
      .catch((error) => callback?.(error));
  }

  /** Moves the idle deadline, at most once a minute: the write express-session would do on every request. */
  override touch(sid: string, data: SessionData, callback?: Callback): void {
    const expiresAt = expiry(data);
    const cached = this.cache.get(sid);
    if ((cached && cached.expiresAt > expiresAt.getTime() - TOUCH_INTERVAL_MS) || this.touching.has(sid)) {
      callback?.();
      return;
    }
    this.touching.add(sid);
    SessionRecord.updateOne({ _id: sid }, { $set: { expiresAt, lastSeenAt: new Date() } })
      .then(() => callback?.())
      .catch((error) => callback?.(error))
      .finally(() => this.touching.delete(sid));
  }

  override destroy(sid: string, callback?: Callback): void {
    SessionRecord.deleteOne({ _id: sid })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }
}

function expiry(data: SessionData): Date {
  const expires = data.cookie?.expires;
  return expires ? new Date(expires) : new Date(Date.now() + 30 * 60_000);
}

declare module "express-session" {
  interface SessionData {
    passport?: { user?: string };
    meta?: { createdAt: number; ip: string; userAgent: string };
    csrfToken?: string;
    /** Password accepted; the second factor is still needed for this user. `id` keys its code attempts. */
    pendingSecondFactor?: { userId: string; at: number; id: string };
  }
}
