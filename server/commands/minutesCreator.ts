import { createDocumentSchema } from "../../shared/schemas/documents";
import { audit } from "../audit/auditLog";
import { documentStore } from "../collaboration/documentStore";
import { findDocument } from "../documents/documentAccess";
import { domainEvents } from "../domainEvents";
import { Conflict } from "../errors";
import { ActionItem } from "../models/ActionItem";
import { Decision } from "../models/Decision";
import { DocumentModel, type DocumentRecord } from "../models/Document";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { loadMeeting, mutateMeeting } from "../meetings/meetingStore";
import { minutesContent, minutesCountries, minutesTags, minutesTitle } from "../meetings/minutesContent";
import { peopleLookup } from "../presenters/people";
import documentCreator from "./documentCreator";

/**
 * Creates a meeting's minutes: a co-edited, internal document prefilled from the agenda, its
 * decisions (victim-perspective note included) and action items, linked from the meeting. Idempotent:
 * a meeting has one set of minutes, and asking again returns it. Observers invited to the meeting are
 * named on the document, as internal documents are otherwise closed to them.
 */
export default async function minutesCreator(props: { actor: ActingUser; meetingId: string }): Promise<{ record: DocumentRecord; created: boolean }> {
  const { actor, meetingId } = props;
  const meeting = await loadMeeting(meetingId);
  const existing = meeting.minutesDocumentId ? await findDocument(meeting.minutesDocumentId) : null;
  if (existing) return { record: existing, created: false };

  const position = new Map((meeting.agenda ?? []).map((e, i) => [e.id, i]));
  const inAgendaOrder = <T extends { itemId: string }>(records: T[]) => records.sort((a, b) => (position.get(a.itemId) ?? 1e6) - (position.get(b.itemId) ?? 1e6));
  const decisions = inAgendaOrder(await Decision.find({ meetingId }).sort({ recordedAt: 1 }).limit(500).lean());
  const actions = inAgendaOrder(await ActionItem.find({ meetingId }).sort({ createdAt: 1 }).limit(1000).lean());
  const people = await peopleLookup([...(meeting.participantIds ?? []), ...actions.map((a) => a.ownerId)]);
  const observers = (meeting.participantIds ?? []).filter((id) => people.get(id)?.role === "observer");

  const input = createDocumentSchema.parse({
    title: minutesTitle(meeting),
    language: meeting.language,
    countries: minutesCountries(meeting, people),
    tags: minutesTags(meeting),
    classification: "internal",
    memberIds: observers,
  });
  const record = await documentCreator({ creator: actor, input, content: minutesContent({ meeting, decisions, actions, people }) });

  // Two organisers pressing the button at once: the first link wins, the other document goes.
  const { result: linkedId } = await mutateMeeting(meetingId, (current) =>
    current.minutesDocumentId && current.minutesDocumentId !== meeting.minutesDocumentId
      ? { set: {}, result: current.minutesDocumentId }
      : { set: { minutesDocumentId: record.id }, result: record.id },
  );
  if (linkedId !== record.id) {
    await DocumentModel.deleteOne({ _id: record._id });
    await documentStore.remove(record.id);
    const winner = await findDocument(linkedId);
    if (!winner) throw Conflict("The minutes of this meeting were just changed by someone else; try again", "busy");
    return { record: winner, created: false };
  }

  await audit({ action: "minutes.created", ...auditActor(actor), target: { type: "document", id: record.id, label: record.title }, details: { meetingId } });
  domainEvents.emit("meeting.changed", { kind: "details", meetingId });
  return { record, created: true };
}
