import { claimOnce } from "../db/claims";
import { domainEvents } from "../domainEvents";
import { ContactPoint } from "../models/ContactPoint";
import { needsVerificationFilter } from "./freshness";
import { organisationMemberIds } from "./directoryUsers";

/** What the notification centre and e-mail (built later) hear: no names, no channels, only ids. */
export interface ContactPointVerificationDue {
  contactPointId: string;
  organisationId: string;
  /** The linked account, or else the organisation's members. */
  ownerIds: string[];
  nextVerificationAt: Date;
  requestedAt: Date;
}

/** A claim per entry and cycle outlives the cycle by far, then the claims sweep removes it. */
const CLAIM_TTL_MS = 400 * 86_400_000;
const BATCH = 500;

/**
 * One run of the six-monthly verification cycle at `now`: every entry whose date is a month away or
 * past, and whose owner has not been asked in this cycle yet, is marked "verification requested" and
 * announced with `contactPoint.verificationDue`. Each entry and cycle is asked exactly once, however
 * many servers run this at once: the request is claimed by inserting a unique _id first (FerretDB's
 * conditional updates are not atomic). Returns how many were asked.
 */
export async function requestDueVerifications(now: Date): Promise<number> {
  let asked = 0;
  const due = await ContactPoint.find({ ...needsVerificationFilter(now), verificationRequestedAt: null }, { organisationId: 1, linkedUserId: 1, nextVerificationAt: 1 })
    .sort({ nextVerificationAt: 1 })
    .limit(BATCH)
    .lean();
  const membersByOrganisation = new Map<string, Promise<string[]>>();
  for (const entry of due) {
    const id = String(entry._id);
    if (!(await claimOnce(`contact-point-verification:${id}:${entry.nextVerificationAt.toISOString()}`, CLAIM_TTL_MS))) continue;
    // Confirmed meanwhile (its date moved on): nothing to ask.
    const marked = await ContactPoint.updateOne({ _id: entry._id, nextVerificationAt: entry.nextVerificationAt }, { $set: { verificationRequestedAt: now } });
    if (marked.matchedCount === 0) continue;
    let ownerIds = entry.linkedUserId ? [entry.linkedUserId] : [];
    if (ownerIds.length === 0) {
      if (!membersByOrganisation.has(entry.organisationId)) membersByOrganisation.set(entry.organisationId, organisationMemberIds(entry.organisationId));
      ownerIds = await membersByOrganisation.get(entry.organisationId)!;
    }
    domainEvents.emit("contactPoint.verificationDue", { contactPointId: id, organisationId: entry.organisationId, ownerIds, nextVerificationAt: entry.nextVerificationAt, requestedAt: now });
    asked++;
  }
  return asked;
}
