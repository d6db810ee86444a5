import { directoryNow } from "../directory/clock";
import type { Actor } from "./types";

/**
 * Who may see and change the contact-point directory and the referral pathways (issue 12 §5).
 *
 * - The directory is internal: members, chairs and the secretariat see all of it.
 * - Observers see organisations, function-based entries and pathways, but named people only while
 *   the secretariat's grant runs (`directoryPeopleUntil`), and never a personal mobile number.
 * - An organisation's entries are changed by the secretariat, the organisation's own members (not
 *   observers) and its named editors; a contact point also by the account it is linked to.
 * - Pathways are changed by the secretariat and their named editors.
 *
 * The rules read the actor's organisation and grant when the caller passes the signed-in user (a
 * bare Actor has neither, so those rules fail closed).
 */

/** What a rule needs to know about an organisation. */
export interface OrganisationTarget {
  id: string;
  editorIds: readonly string[];
}

/** What a rule needs to know about a contact point. */
export interface ContactPointTarget {
  kind: string;
  linkedUserId: string | null;
  organisation: OrganisationTarget;
}

export interface PathwayTarget {
  editorIds: readonly string[];
}

const isSecretariat = (actor: Actor) => actor.role === "secretariat";
const isObserver = (actor: Actor) => actor.role === "observer";

function actorOrganisationId(actor: Actor): string | null {
  const value = "organisationId" in actor ? actor.organisationId : null;
  return value ? String(value) : null;
}

function observerMaySeePeople(actor: Actor): boolean {
  const until = "directoryPeopleUntil" in actor ? actor.directoryPeopleUntil : null;
  return until instanceof Date && until.getTime() > directoryNow().getTime();
}

/** Named people: everyone but observers, and observers while their grant runs. */
export function maySeePeople(actor: Actor): boolean {
  return !isObserver(actor) || observerMaySeePeople(actor);
}

/** Personal mobile numbers: signed-in members, chairs and the secretariat; never observers. */
export const maySeeMobiles = (actor: Actor): boolean => !isObserver(actor);

const mayEditOrganisation = (actor: Actor, organisation: OrganisationTarget): boolean =>
  isSecretariat(actor) ||
  (!isObserver(actor) && (organisation.editorIds.includes(actor.id) || actorOrganisationId(actor) === organisation.id));

const mayEditContactPoint = (actor: Actor, contactPoint: ContactPointTarget): boolean =>
  mayEditOrganisation(actor, contactPoint.organisation) || (!isObserver(actor) && contactPoint.linkedUserId === actor.id);

const mayReadContactPoint = (actor: Actor, contactPoint: { kind: string }): boolean => contactPoint.kind === "function" || maySeePeople(actor);

export const directoryPolicies = {
  "organisation.read": (_actor: Actor) => true,
  "organisation.update": mayEditOrganisation,
  "organisation.manageEditors": (actor: Actor) => isSecretariat(actor),
  "contactPoint.list": (_actor: Actor) => true,
  "contactPoint.read": mayReadContactPoint,
  "contactPoint.readMobile": (actor: Actor) => maySeeMobiles(actor),
  "contactPoint.create": mayEditOrganisation,
  "contactPoint.update": mayEditContactPoint,
  "contactPoint.delete": mayEditContactPoint,
  /** Confirming that an entry is still right: whoever may change it. */
  "contactPoint.verify": mayEditContactPoint,
  "contactPoint.listOwnToVerify": (actor: Actor) => !isObserver(actor),
  /** Exports are for the working group itself, not its guests. */
  "directory.export": (actor: Actor) => !isObserver(actor),
  "directory.freshnessReport": (actor: Actor) => isSecretariat(actor),
  "directory.manageGrants": (actor: Actor) => isSecretariat(actor),
  "pathway.read": (_actor: Actor) => true,
  "pathway.readHistory": (actor: Actor) => !isObserver(actor),
  "pathway.create": (actor: Actor) => isSecretariat(actor),
  "pathway.update": (actor: Actor, pathway: PathwayTarget) => isSecretariat(actor) || (!isObserver(actor) && pathway.editorIds.includes(actor.id)),
  "pathway.manageEditors": (actor: Actor) => isSecretariat(actor),
};
