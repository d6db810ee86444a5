import { AGENDA_EDITABLE, RECORDING_OPEN, type MeetingStatus } from "../../shared/meetings";
import type { Actor, Rule } from "./types";

/** What a meeting rule needs to know about the meeting. */
export interface MeetingTarget {
  participantIds: readonly string[];
  status: MeetingStatus;
}

/** The secretariat and the chairs prepare and run meetings; they see all of them. */
const isOrganiser = (actor: Actor) => actor.role === "secretariat" || actor.role === "chair";
const isParticipant = (actor: Actor, meeting: MeetingTarget) => meeting.participantIds.includes(actor.id);

/**
 * Participants (members and invited observers) see the meetings they are invited to, once published;
 * drafts are for organisers only. Observers only ever read.
 */
const mayRead = (actor: Actor, meeting: MeetingTarget) =>
  isOrganiser(actor) || (isParticipant(actor, meeting) && meeting.status !== "draft");

export const meetingPolicies = {
  "meeting.list": () => true,
  "meeting.create": ((actor) => isOrganiser(actor)) as Rule,
  "meeting.read": ((actor, meeting: MeetingTarget) => mayRead(actor, meeting)) as Rule,
  "meeting.update": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && meeting.status !== "finalised") as Rule,
  "agenda.edit": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && AGENDA_EDITABLE.includes(meeting.status)) as Rule,
  "agenda.propose": ((actor, meeting: MeetingTarget) =>
    actor.role !== "observer" && mayRead(actor, meeting) && AGENDA_EDITABLE.includes(meeting.status)) as Rule,
  "agenda.decideProposal": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && AGENDA_EDITABLE.includes(meeting.status)) as Rule,
  /** Start, current item, timer, close: the chair (or the secretariat standing in). */
  "meeting.run": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && meeting.status !== "finalised") as Rule,
  "attendance.mark": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && meeting.status !== "finalised") as Rule,
  "decision.record": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && RECORDING_OPEN.includes(meeting.status)) as Rule,
  "actionItem.manage": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && meeting.status !== "finalised") as Rule,
  /** The owner of an action item may report its progress. */
  "actionItem.updateStatus": ((actor, item: { ownerId: string }) => isOrganiser(actor) || item.ownerId === actor.id) as Rule,
  "actionItem.listOwn": () => true,
  /** A meeting closed by mistake can be taken up again until it is finalised (its decisions archived). */
  "meeting.reopen": ((actor, meeting: MeetingTarget) => isOrganiser(actor) && meeting.status === "closed") as Rule,
  /** Only the secretariat finalises, and only a closed meeting. */
  "meeting.finalise": ((actor, meeting: MeetingTarget) => actor.role === "secretariat" && meeting.status === "closed") as Rule,
  /** The co-edited minutes, prefilled from the agenda: created by whoever runs the meeting. */
  "minutes.create": ((actor) => isOrganiser(actor)) as Rule,
  "meeting.chooseParticipants": ((actor) => isOrganiser(actor)) as Rule,
  "calendar.feed": () => true,
};
