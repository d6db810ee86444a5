import type { ContactPointCard, PresentedContactPoint, PresentedContactPointSummary } from "../../shared/directoryTypes";
import type { ContactPointFields } from "../models/ContactPoint";
import type { Actor } from "../policies";
import { organisationLookup } from "../presenters/organisationLookup";
import { presentContactPoint, presentContactPointCard, presentContactPointSummary } from "../presenters/directory";
import { userNames } from "../presenters/userNames";

type Stored = ContactPointFields & { _id: unknown };

/** Loads what a list of contact points refers to (organisations, people) in two queries: no $lookup. */
export async function contactPointContext(entries: readonly Stored[]) {
  const [organisations, people] = await Promise.all([
    organisationLookup(entries.map((e) => e.organisationId)),
    userNames(entries.flatMap((e) => [e.linkedUserId, e.verifiedBy])),
  ]);
  return { organisations, people };
}

export async function presentSummaries(entries: readonly Stored[], now: Date): Promise<PresentedContactPointSummary[]> {
  const { organisations, people } = await contactPointContext(entries);
  return entries.map((entry) => presentContactPointSummary(entry, organisations, people, now));
}

export async function presentFull(entry: Stored, actor: Actor, now: Date): Promise<PresentedContactPoint> {
  const { organisations, people } = await contactPointContext([entry]);
  return presentContactPoint(entry, organisations, people, actor, now);
}

export async function presentCards(entries: readonly Stored[], now: Date): Promise<Map<string, ContactPointCard>> {
  const organisations = await organisationLookup(entries.map((e) => e.organisationId));
  return new Map(entries.map((entry) => [String(entry._id), presentContactPointCard(entry, organisations, now)]));
}
