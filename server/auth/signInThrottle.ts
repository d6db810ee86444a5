import { randomBytes } from "node:crypto";
import { ACCOUNT_LIMITS } from "../../shared/validations";
import { claimOnce } from "../db/claims";
import { HttpError, TooManyRequests } from "../errors";
import { SignInAttempt } from "../models/SignInAttempt";

const WINDOW_MS = ACCOUNT_LIMITS.lockoutMinutes * 60_000;
const LOCKOUT_MS = ACCOUNT_LIMITS.lockoutMinutes * 60_000;
/** A pending sign-in (password accepted) may try this many codes, then starts over at the password. */
export const CODE_ATTEMPTS_PER_SIGN_IN = 5;
/** Racing requests that keep losing the claim give up with a 429 rather than loop. */
const MAX_CLAIM_TRIES = 30;

interface Rules {
  /** Attempts in a series before each further one must wait (1 s, 2 s, 4 s … up to capMs). */
  free: number;
  capMs: number;
  /** Attempts after which the key is refused outright for LOCKOUT_MS (accounts only). */
  lockAfter?: number;
}
/** An address may try this often before it is slowed down (shared offices, NAT). */
const IP_RULES: Rules = { free: 30, capMs: 300_000 };
const ACCOUNT_RULES: Rules = { free: 3, capMs: 60_000, lockAfter: ACCOUNT_LIMITS.lockoutFailures };

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export class AccountLocked extends HttpError {
  constructor(retryAfterSeconds: number) {
    super(423, "locked", "Too many failed attempts: this account is locked for 15 minutes", { retryAfter: retryAfterSeconds });
  }
}

/** An attempt that was counted before it was evaluated; see claimSignInAttempt. */
export interface ClaimedAttempt {
  email: string;
  /** This attempt's place in the account's series: the one at ACCOUNT_LIMITS.lockoutFailures locks it when it fails. */
  position: number;
  accountSlot: string;
  ipSlot: string;
}

/**
 * Counts a sign-in attempt (a password or a code) per account and per address BEFORE it is
 * evaluated, or refuses it with 423 (locked) or 429 (pause). Keyed by the e-mail typed, whether or
 * not an account has it, so the answers reveal nothing about who has an account.
 *
 * Why this holds under concurrency: an attempt is counted by inserting the next numbered slot of
 * its key ("<key>#<series>#<n>"). Inserting an existing _id fails on MongoDB and FerretDB alike
 * (FerretDB's conditional updates and findOneAndUpdate are not atomic), so of N racing requests
 * exactly one gets each n; the losers read the new count and are judged on it. The decision and
 * the count therefore move in lock step, and at most `free` attempts (then one per pause) are ever
 * evaluated, however many arrive at once. This lives in the database, so it also holds across
 * several server processes sharing it: they race on the same _ids.
 */
export async function claimSignInAttempt(email: string, ip: string): Promise<ClaimedAttempt> {
  const account = await claimSlot(accountKey(email), ACCOUNT_RULES);
  try {
    const address = await claimSlot(ipKey(ip), IP_RULES);
    return { email, position: account.position, accountSlot: account.id, ipSlot: address.id };
  } catch (error) {
    // Refused for the address: this attempt is not evaluated, so it does not count for the account.
    await SignInAttempt.updateOne({ _id: account.id }, { $set: { released: true } });
    throw error;
  }
}

/** A failed attempt stays counted; true when it is the one that locks the account. */
export function lockedByFailure(attempt: ClaimedAttempt): boolean {
  return attempt.position >= ACCOUNT_RULES.lockAfter!;
}

/**
 * A right password or code is not a failure: its slots are given back (an office signing in
 * together is not an attack). The failures before it stay: only a full sign-in clears the account
 * (clearSignInFailures), so a right password followed by wrong codes keeps moving towards the lockout.
 */
export async function releaseSlots(attempt: ClaimedAttempt): Promise<void> {
  // Marked, not deleted: a series whose slots all vanished would restart while racers still count in it.
  await SignInAttempt.updateMany({ _id: { $in: [attempt.accountSlot, attempt.ipSlot] } }, { $set: { released: true } });
}

/** After a full sign-in (or a password reset) the account starts afresh. */
export async function clearSignInFailures(email: string): Promise<void> {
  await SignInAttempt.deleteMany({ key: accountKey(email) });
}

/** A fresh identity for a pending sign-in, under which its code attempts are claimed. */
export const newPendingSignInId = () => randomBytes(16).toString("base64url");

/**
 * Claims one of the CODE_ATTEMPTS_PER_SIGN_IN code attempts of a pending sign-in; returns its number
 * (1…5), or 0 when all are used. Insert-based claims again, so parallel codes cannot exceed five.
 */
export async function claimCodeAttempt(pendingId: string): Promise<number> {
  for (let k = 1; k <= CODE_ATTEMPTS_PER_SIGN_IN; k++) {
    if (await claimOnce(`second-factor:${pendingId}:${k}`, 2 * WINDOW_MS)) return k;
  }
  return 0;
}

export async function sweepSignInAttempts(now = new Date()): Promise<void> {
  await SignInAttempt.deleteMany({ expiresAt: { $lt: now } });
}

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Claims the next slot of `key`, or throws 423/429 as the count so far requires. Slot numbers in a
 * series are dense (each claim takes the lowest free number above the highest it saw), so the
 * number of counted attempts is the highest number minus those given back.
 */
async function claimSlot(key: string, rules: Rules): Promise<{ id: string; position: number }> {
  for (let tries = 0; tries < MAX_CLAIM_TRIES; tries++) {
    const now = Date.now();
    const latest = await SignInAttempt.findOne({ key }, { series: 1, n: 1, at: 1 }).sort({ series: -1, n: -1 }).lean();
    // A series ends WINDOW_MS after its last attempt (which also ends a lockout): the next starts afresh.
    const current = latest && now - latest.at.getTime() < WINDOW_MS ? latest : null;
    const series = current ? current.series : (latest?.series ?? 0) + 1;
    const last = current?.n ?? 0;
    const released = current ? await SignInAttempt.countDocuments({ key, series, released: true }) : 0;
    const count = last - released;
    if (current && count >= rules.free) {
      // The pause runs from the last attempt still counted: a right password just before does not delay the code.
      const lastCounted = await SignInAttempt.findOne({ key, series, released: false }, { at: 1 }).sort({ n: -1 }).lean();
      refuseIfNeeded(rules, count, (lastCounted ?? current).at.getTime(), Date.now());
    }
    // While under the free attempts, racing requests may take any of the next (free - count)
    // numbers, in order, without reading again; past them only the very next (one per pause).
    for (let k = 1; k <= Math.max(1, rules.free - count); k++) {
      const n = last + k;
      const id = `${key}#${series}#${n}`;
      try {
        // Stamped when it is taken, not when this loop began: under load that can be seconds later.
        const at = new Date();
        await SignInAttempt.create({ _id: id, key, series, n, at, expiresAt: new Date(at.getTime() + Math.max(WINDOW_MS, LOCKOUT_MS)) });
        // The numbers below n are taken (dense), minus those given back when this was read: an upper bound.
        return { id, position: n - released };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    // Every number this attempt could take went to others: read the new count and judge again.
  }
  throw TooManyRequests(1);
}

function refuseIfNeeded(rules: Rules, count: number, lastAt: number, now: number): void {
  if (rules.lockAfter !== undefined && count >= rules.lockAfter) {
    throw new AccountLocked(Math.max(1, Math.ceil((lastAt + LOCKOUT_MS - now) / 1000)));
  }
  const over = count - rules.free;
  if (over < 0) return;
  const wait = lastAt + Math.min(rules.capMs, 1000 * 2 ** over) - now;
  if (wait > 0) throw TooManyRequests(Math.ceil(wait / 1000));
}
