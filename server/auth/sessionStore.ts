import session from "express-session";
import { SessionRecord } from "../models/SessionRecord";

type SessionData = session.SessionData;
type Callback<T = void> = (error?: unknown, value?: T) => void;

const SWEEP_INTERVAL_MS = 10 * 60_000;

/**
 * express-session store on mongoose. Portable to FerretDB: no TTL index, so every read checks
 * `expiresAt` and a sweep deletes what has expired. The user id, IP and user agent are kept beside
 * the data so a user can list and revoke their sessions.
 */
export class MongooseSessionStore extends session.Store {
  private sweeper: NodeJS.Timeout;

  /** `alsoSweep`: other expiring records to clean on the same schedule (FerretDB has no TTL indexes). */
  constructor(private alsoSweep: Array<() => Promise<void>> = []) {
    super();
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  async sweep(now = new Date()): Promise<number> {
    const { deletedCount } = await SessionRecord.deleteMany({ expiresAt: { $lte: now } });
    for (const sweep of this.alsoSweep) await sweep();
    return deletedCount;
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    SessionRecord.findById(sid)
      .lean()
      .then(async (record) => {
        if (!record) return callback(undefined, null);
        if (record.expiresAt.getTime() <= Date.now()) {
          await SessionRecord.deleteOne({ _id: sid });
          return callback(undefined, null);
        }
        callback(undefined, JSON.parse(record.data) as SessionData);
      })
      .catch((error) => callback(error));
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const now = new Date();
    const meta = data.meta;
    SessionRecord.updateOne(
      { _id: sid },
      {
        $set: {
          data: JSON.stringify(data),
          userId: data.passport?.user ?? null,
          expiresAt: expiry(data),
          lastSeenAt: now,
          ip: meta?.ip ?? "",
          userAgent: meta?.userAgent ?? "",
        },
        $setOnInsert: { createdAt: meta?.createdAt ? new Date(meta.createdAt) : now },
      },
      { upsert: true },
    )
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  override touch(sid: string, data: SessionData, callback?: Callback): void {
    SessionRecord.updateOne({ _id: sid }, { $set: { expiresAt: expiry(data), lastSeenAt: new Date() } })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
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
