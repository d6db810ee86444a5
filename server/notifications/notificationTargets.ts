import mongoose from "mongoose";
import type { Classification } from "../../shared/documents";
import type { NotificationTargetKind } from "../../shared/notificationTypes";
import { accessFacts } from "../documents/documentAccess";
import { ActionItem } from "../models/ActionItem";
import { AgendaProposal } from "../models/AgendaProposal";
import { ArchiveRecord } from "../models/ArchiveRecord";
import { DocumentModel } from "../models/Document";
import { Meeting } from "../models/Meeting";
import { Training } from "../models/Training";
import { trainingTarget, type TrainingRow } from "../trainings/trainingStore";
import { meetingTarget, type MeetingRecord } from "../meetings/meetingStore";
import { can, type Actor } from "../policies";

/** What a notification points at: references only. */
export interface TargetRef {
  kind: NotificationTargetKind;
  id: string;
  meetingId?: string | null;
  documentId?: string | null;
}

/**
 * A target as it is now: whether a given person may read it (asked of the policy module every
 * time: at notifying, at presenting, at e-mailing), its title, how it is classified (for what an
 * e-mail may say) and where it lives in the app.
 */
export interface ResolvedTarget {
  readableBy(actor: Actor): boolean;
  title: string;
  classification: Classification;
  link(actor: Actor): string;
  /** The meeting it belongs to, if any (calendar attachments, attendees). */
  meeting: MeetingRecord | null;
}

export const targetKey = (target: TargetRef) => `${target.kind}:${target.id}`;

const isObjectId = (id: string | null | undefined): id is string => Boolean(id) && mongoose.isValidObjectId(id) && /^[0-9a-f]{24}$/.test(id!);
const ids = (refs: TargetRef[], kind: NotificationTargetKind) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id).filter(isObjectId))];
const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Targets by key ("kind:id"), loaded with one query per kind; a missing or deleted one is absent. */
export async function resolveTargets(refs: TargetRef[]): Promise<Map<string, ResolvedTarget>> {
  const resolved = new Map<string, ResolvedTarget>();
  const [documents, proposals, actions, records, trainings] = await Promise.all([
    DocumentModel.find({ _id: { $in: ids(refs, "document") }, deletedAt: null }, { title: 1, classification: 1, status: 1, memberIds: 1, createdBy: 1, published: 1 }),
    AgendaProposal.find({ _id: { $in: ids(refs, "proposal") } }, { title: 1, meetingId: 1 }).lean(),
    ActionItem.find({ _id: { $in: ids(refs, "actionItem") } }, { description: 1, meetingId: 1, ownerId: 1 }).lean(),
    ArchiveRecord.find({ number: { $in: [...new Set(refs.filter((r) => r.kind === "archiveRecord").map((r) => r.id))] } }, { number: 1, meetingId: 1 }).lean(),
    Training.find({ _id: { $in: ids(refs, "training") } }, { title: 1, status: 1, registrationDeadline: 1 }).lean<TrainingRow[]>(),
  ]);
  const meetingIds = new Set([
    ...ids(refs, "meeting"),
    ...refs.filter((r) => r.kind === "agendaItem").map((r) => r.meetingId).filter(isObjectId),
    ...proposals.map((p) => p.meetingId),
    ...actions.map((a) => a.meetingId),
  ]);
  const meetings = new Map(
    (await Meeting.find({ _id: { $in: [...meetingIds].filter(isObjectId) } }).lean<MeetingRecord[]>()).map((m) => [String(m._id), m]),
  );
  const mayReadMeeting = (actor: Actor, meeting: MeetingRecord) => can(actor, "meeting.read", meetingTarget(meeting));

  for (const doc of documents) {
    const facts = accessFacts(doc);
    resolved.set(`document:${doc.id}`, {
      readableBy: (actor) => can(actor, "document.read", facts),
      // The published title once there is one: observers read only that version, and one text serves every recipient.
      title: doc.published?.title ?? doc.title,
      classification: doc.classification as Classification,
      link: () => `/documents/${doc.id}`,
      meeting: null,
    });
  }
  for (const meeting of meetings.values()) {
    const id = String(meeting._id);
    resolved.set(`meeting:${id}`, { readableBy: (actor) => mayReadMeeting(actor, meeting), title: meeting.title, classification: "internal", link: () => `/meetings/${id}`, meeting });
  }
  for (const ref of refs.filter((r) => r.kind === "agendaItem")) {
    const meeting = ref.meetingId ? meetings.get(ref.meetingId) : undefined;
    const entry = meeting?.agenda?.find((e) => e.id === ref.id);
    if (!meeting || !entry) continue;
    resolved.set(targetKey(ref), { readableBy: (actor) => mayReadMeeting(actor, meeting), title: entry.title, classification: "internal", link: () => `/meetings/${meeting._id}`, meeting });
  }
  for (const proposal of proposals) {
    const meeting = meetings.get(proposal.meetingId);
    if (!meeting) continue;
    resolved.set(`proposal:${proposal._id}`, { readableBy: (actor) => mayReadMeeting(actor, meeting), title: proposal.title, classification: "internal", link: () => `/meetings/${meeting._id}`, meeting });
  }
  for (const item of actions) {
    const meeting = meetings.get(item.meetingId) ?? null;
    // Its owner reads it on their own list even when the meeting is not theirs to open.
    const readsMeeting = (actor: Actor) => meeting !== null && mayReadMeeting(actor, meeting);
    resolved.set(`actionItem:${item._id}`, {
      readableBy: (actor) => readsMeeting(actor) || can(actor, "actionItem.updateStatus", { ownerId: item.ownerId }),
      title: shorten(item.description),
      classification: "internal",
      link: (actor) => (readsMeeting(actor) ? `/meetings/${item.meetingId}/records` : "/action-items"),
      meeting,
    });
  }
  for (const record of records) {
    resolved.set(`archiveRecord:${record.number}`, {
      readableBy: (actor) => can(actor, "archive.read"),
      title: record.number,
      classification: "internal",
      link: () => `/archive/${encodeURIComponent(record.number)}`,
      meeting: meetings.get(record.meetingId) ?? null,
    });
  }
  for (const training of trainings) {
    const id = String(training._id);
    const target = trainingTarget(training);
    resolved.set(`training:${id}`, { readableBy: (actor) => can(actor, "training.read", target), title: training.title, classification: "internal", link: () => `/trainings/${id}`, meeting: null });
  }
  return resolved;
}
