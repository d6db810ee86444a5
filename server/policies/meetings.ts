import { AGENDA_EDITABLE, RECORDING_OPEN, type MeetingStatus } from "../../shared/meetings";
import { allow, type Actor, type Scope } from "./types";

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
const mayRead = (actor: Actor, meeting: MeetingTarget) => isOrganiser(actor) || (isParticipant(actor, meeting) && meeting.status !== "draft");
const organiserWhile = (open: (status: MeetingStatus) => boolean) => allow<MeetingTarget>((actor, meeting) => isOrganiser(actor) && open(meeting.status));
const notFinalised = (status: MeetingStatus) => status !== "finalised";
const changeable = (status: MeetingStatus) => status !== "finalised" && status !== "cancelled";
const agendaEditable = (status: MeetingStatus) => AGENDA_EDITABLE.includes(status);

/** The meetings `meeting.read` allows, as a database filter. */
export function visibleMeetingsScope(actor: Actor): Scope {
  return isOrganiser(actor) ? {} : { participantIds: actor.id, status: { $ne: "draft" } };
}

export const meetingPolicies = {
  "meeting.create": allow(isOrganiser),
  "meeting.read": allow<MeetingTarget>(mayRead),
  "meeting.update": organiserWhile(changeable),
  /** Calling a meeting off before it starts (participants are told; audited). */
  "meeting.cancel": organiserWhile(changeable),
  "agenda.edit": organiserWhile(agendaEditable),
  "agenda.propose": allow<MeetingTarget>((actor, meeting) => actor.role !== "observer" && mayRead(actor, meeting) && agendaEditable(meeting.status)),
  "agenda.decideProposal": organiserWhile(agendaEditable),
  /** Start, current item, timer, close: the chair (or the secretariat standing in). */
  "meeting.run": organiserWhile(notFinalised),
  "attendance.mark": organiserWhile(notFinalised),
  "decision.record": organiserWhile((status) => RECORDING_OPEN.includes(status)),
  "actionItem.manage": organiserWhile(notFinalised),
  /** The owner of an action item may report its progress. */
  "actionItem.updateStatus": allow<{ ownerId: string }>((actor, item) => isOrganiser(actor) || item.ownerId === actor.id),
  "actionItem.listOwn": allow(() => true),
  /** A meeting closed by mistake can be taken up again until it is finalised (its decisions archived). */
  "meeting.reopen": organiserWhile((status) => status === "closed"),
  /** Only the secretariat finalises, and only a closed meeting. */
  "meeting.finalise": allow<MeetingTarget>((actor, meeting) => actor.role === "secretariat" && meeting.status === "closed"),
  /** The co-edited minutes, prefilled from the agenda: created by whoever runs the meeting. */
  "minutes.create": organiserWhile(() => true),
  "meeting.chooseParticipants": allow(isOrganiser),
  /** One's own calendar feed: create, replace, revoke. */
  "calendar.feed": allow<{ userId: string }>((actor, feed) => feed.userId === actor.id),
};
