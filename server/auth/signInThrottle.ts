import { ACCOUNT_LIMITS } from "../../shared/validations";
import { HttpError, TooManyRequests } from "../errors";
import { SignInThrottle } from "../models/SignInThrottle";

const WINDOW_MS = ACCOUNT_LIMITS.lockoutMinutes * 60_000;
const LOCKOUT_MS = ACCOUNT_LIMITS.lockoutMinutes * 60_000;
/** An address may fail this often in a window before it is slowed down (shared offices, NAT). */
const IP_FREE_FAILURES = 30;
const ACCOUNT_FREE_FAILURES = 3;

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export class AccountLocked extends HttpError {
  constructor(retryAfterSeconds: number) {
    super(423, "locked", "Too many failed attempts: this account is locked for 15 minutes", { retryAfter: retryAfterSeconds });
  }
}

/**
 * Refuses an attempt while the account is locked or either counter asks for a pause. The pause grows
 * with each failure (1 s, 2 s, 4 s … after the free ones). Keyed by the e-mail typed, whether or not
 * an account has it, so the answers reveal nothing about who has an account.
 */
export async function checkSignInAllowed(email: string, ip: string, now = Date.now()): Promise<void> {
  const [account, address] = await Promise.all([
    SignInThrottle.findById(accountKey(email)).lean(),
    SignInThrottle.findById(ipKey(ip)).lean(),
  ]);
  if (account?.lockedUntil && account.lockedUntil.getTime() > now) {
    throw new AccountLocked(Math.ceil((account.lockedUntil.getTime() - now) / 1000));
  }
  const wait = Math.max(
    pauseMs(account, ACCOUNT_FREE_FAILURES, 60_000, now),
    pauseMs(address, IP_FREE_FAILURES, 300_000, now),
  );
  if (wait > 0) throw TooManyRequests(Math.ceil(wait / 1000));
}

interface Counter {
  failures: number;
  lastFailureAt?: Date | null;
}

function pauseMs(counter: Counter | null, free: number, capMs: number, now: number): number {
  if (!counter?.lastFailureAt || now - counter.lastFailureAt.getTime() > WINDOW_MS) return 0;
  const over = counter.failures - free;
  if (over < 0) return 0;
  const pause = Math.min(capMs, 1000 * 2 ** over);
  return Math.max(0, counter.lastFailureAt.getTime() + pause - now);
}

/** Counts a failure; returns true when this failure locked the account. */
export async function recordSignInFailure(email: string, ip: string, now = new Date()): Promise<boolean> {
  const [account] = await Promise.all([bump(accountKey(email), now), bump(ipKey(ip), now)]);
  if (account.failures >= ACCOUNT_LIMITS.lockoutFailures && !account.lockedUntil) {
    await SignInThrottle.updateOne({ _id: accountKey(email) }, { $set: { lockedUntil: new Date(now.getTime() + LOCKOUT_MS) } });
    return true;
  }
  return false;
}

export async function clearSignInFailures(email: string): Promise<void> {
  await SignInThrottle.deleteOne({ _id: accountKey(email) });
}

/** Increments a counter, starting afresh when the window or a lockout has passed. */
async function bump(key: string, now: Date): Promise<{ failures: number; lockedUntil: Date | null }> {
  const current = await SignInThrottle.findById(key).lean();
  const stale =
    !current?.lastFailureAt ||
    now.getTime() - current.lastFailureAt.getTime() > WINDOW_MS ||
    (current.lockedUntil != null && current.lockedUntil.getTime() <= now.getTime());
  if (stale) {
    await SignInThrottle.updateOne({ _id: key }, { $set: { failures: 1, lastFailureAt: now, lockedUntil: null } }, { upsert: true });
    return { failures: 1, lockedUntil: null };
  }
  const updated = await SignInThrottle.findOneAndUpdate(
    { _id: key },
    { $inc: { failures: 1 }, $set: { lastFailureAt: now } },
    { returnDocument: "after" },
  ).lean();
  return { failures: updated?.failures ?? 1, lockedUntil: updated?.lockedUntil ?? null };
}
