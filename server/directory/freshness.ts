import { VERIFICATION, type FreshnessStatus } from "../../shared/directory";

const DAY_MS = 86_400_000;

/** The same day `months` later (the last day of the month when it has fewer days), in UTC. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** Six months after it was last confirmed. */
export const nextVerificationDate = (verifiedAt: Date): Date => addMonths(verifiedAt, VERIFICATION.cycleMonths);

/** From this instant on, the owner is asked to confirm an entry due at `next`. */
export const requestFrom = (next: Date): Date => new Date(next.getTime() - VERIFICATION.requestLeadDays * DAY_MS);

export function freshnessStatus(nextVerificationAt: Date, now: Date): FreshnessStatus {
  if (now.getTime() >= nextVerificationAt.getTime()) return "stale";
  if (now.getTime() >= requestFrom(nextVerificationAt).getTime()) return "due";
  return "fresh";
}

/** The database filter for entries in this state at `now` (all from nextVerificationAt, indexed). */
export function freshnessFilter(status: FreshnessStatus, now: Date): Record<string, unknown> {
  const leadEnd = new Date(now.getTime() + VERIFICATION.requestLeadDays * DAY_MS);
  if (status === "stale") return { nextVerificationAt: { $lte: now } };
  if (status === "due") return { nextVerificationAt: { $gt: now, $lte: leadEnd } };
  return { nextVerificationAt: { $gt: leadEnd } };
}

/** Entries whose owner should be asked (or has been asked) by `now`: due and stale ones. */
export const needsVerificationFilter = (now: Date) => ({ nextVerificationAt: { $lte: new Date(now.getTime() + VERIFICATION.requestLeadDays * DAY_MS) } });
