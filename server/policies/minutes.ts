import type { MeetingStatus } from "../../shared/meetings";
import { allow, type Actor } from "./types";

/**
 * What the minutes-review rules need: the meeting (its participants, status, attendees) and where
 * its review stands, computed by the caller at one instant ("open" only while amendments may still
 * be proposed; "closed": past the deadline, not yet signed off).
 */
export interface MinutesReviewTarget {
  participantIds: readonly string[];
  attendeeIds: readonly string[];
  status: MeetingStatus;
  hasMinutes: boolean;
  phase: "none" | "open" | "closed" | "approved";
}

const isOrganiser = (actor: Actor) => actor.role === "secretariat" || actor.role === "chair";
const isSecretariat = (actor: Actor) => actor.role === "secretariat";
const meetingOver = (status: MeetingStatus) => status === "closed" || status === "finalised";
const underReview = (phase: MinutesReviewTarget["phase"]) => phase === "open" || phase === "closed";

export const minutesPolicies = {
  /** Whoever may read the meeting may follow its review (the minutes document has its own rules). */
  "minutes.readReview": allow<MinutesReviewTarget>((actor, t) => isOrganiser(actor) || (t.participantIds.includes(actor.id) && t.status !== "draft")),
  /** Once the meeting is closed and its minutes exist: the secretariat or a chair opens the review, once. */
  "minutes.openReview": allow<MinutesReviewTarget>((actor, t) => isOrganiser(actor) && meetingOver(t.status) && t.hasMinutes && t.phase === "none"),
  /** Attendees (observers only read) and the organisers, until the deadline. */
  "minutes.proposeAmendment": allow<MinutesReviewTarget>((actor, t) => t.phase === "open" && actor.role !== "observer" && (isOrganiser(actor) || t.attendeeIds.includes(actor.id))),
  /** The secretariat accepts or declines proposals, also after the deadline, until sign-off. */
  "minutes.resolveAmendment": allow<MinutesReviewTarget>((actor, t) => isSecretariat(actor) && underReview(t.phase)),
  "minutes.signOff": allow<MinutesReviewTarget>((actor, t) => isSecretariat(actor) && underReview(t.phase)),
  /** After sign-off only a numbered correction, by the secretariat. */
  "minutes.correct": allow<MinutesReviewTarget>((actor, t) => isSecretariat(actor) && t.phase === "approved"),
};
