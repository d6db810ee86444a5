import mongoose from "mongoose";
import type { CommentTargetRef } from "../../shared/comments";
import { room as documentRoom } from "../collaboration/broadcastQueue";
import { accessFacts, findDocument } from "../documents/documentAccess";
import { NotFound } from "../errors";
import { loadMeeting, meetingTarget, type MeetingRecord } from "../meetings/meetingStore";
import { ActionItem } from "../models/ActionItem";
import { AgendaProposal } from "../models/AgendaProposal";
import { can, type Actor } from "../policies";
import type { CommentScope } from "../policies/comments";
import { meetingRoom } from "../realtime/meetingBroadcaster";

/** What a comment is on, loaded: the facts the policy needs, the notification target, the socket room. */
export interface LoadedCommentTarget {
  ref: CommentTargetRef;
  scope: CommentScope;
  /** As notifications and domain events name it (a TargetRef). */
  notification: { kind: CommentTargetRef["kind"]; id: string; meetingId?: string; documentId?: string };
  room: string;
  label: string;
}

const isObjectId = (id: string | undefined): id is string => Boolean(id) && mongoose.isValidObjectId(id) && /^[0-9a-f]{24}$/.test(id!);
const missing = () => NotFound("Nothing to comment on was found here");

/** Loads the target, or 404 (also when it exists but the actor may not read it: nothing is revealed). */
export async function readableCommentTarget(actor: Actor, ref: CommentTargetRef): Promise<LoadedCommentTarget> {
  const target = await loadCommentTarget(ref);
  if (!can(actor, "comment.read", target.scope)) throw missing();
  return target;
}

/** Meetings already loaded in this request (many targets of one list share their meeting). */
export type MeetingCache = Map<string, Promise<MeetingRecord | null>>;

export async function loadCommentTarget(ref: CommentTargetRef, meetings: MeetingCache = new Map()): Promise<LoadedCommentTarget> {
  const meetingOf = (id: string) => {
    if (!meetings.has(id)) meetings.set(id, loadMeeting(id).catch(() => null));
    return meetings.get(id)!;
  };
  switch (ref.kind) {
    case "document": {
      const record = await findDocument(ref.id);
      if (!record) throw missing();
      const scope: CommentScope = { kind: "document", document: accessFacts(record), reviewerIds: (record.reviewerIds ?? []).map(String) };
      return { ref: { kind: "document", id: record.id }, scope, notification: { kind: "document", id: record.id, documentId: record.id }, room: documentRoom(record.id), label: record.title };
    }
    case "agendaItem": {
      if (!isObjectId(ref.meetingId)) throw missing();
      const meeting = await meetingOf(ref.meetingId);
      const entry = meeting?.agenda?.find((e) => e.id === ref.id);
      if (!meeting || !entry) throw missing();
      return {
        ref: { kind: "agendaItem", id: entry.id, meetingId: ref.meetingId },
        scope: { kind: "meeting", meeting: meetingTarget(meeting) },
        notification: { kind: "agendaItem", id: entry.id, meetingId: ref.meetingId },
        room: meetingRoom(ref.meetingId),
        label: entry.title,
      };
    }
    case "proposal": {
      const proposal = isObjectId(ref.id) ? await AgendaProposal.findById(ref.id).lean() : null;
      const meeting = proposal ? await meetingOf(proposal.meetingId) : null;
      if (!proposal || !meeting) throw missing();
      return {
        ref: { kind: "proposal", id: ref.id, meetingId: proposal.meetingId },
        scope: { kind: "meeting", meeting: meetingTarget(meeting) },
        notification: { kind: "proposal", id: ref.id, meetingId: proposal.meetingId },
        room: meetingRoom(proposal.meetingId),
        label: proposal.title,
      };
    }
    case "actionItem": {
      const item = isObjectId(ref.id) ? await ActionItem.findById(ref.id).lean() : null;
      const meeting = item ? await meetingOf(item.meetingId) : null;
      if (!item || !meeting) throw missing();
      return {
        ref: { kind: "actionItem", id: ref.id, meetingId: item.meetingId },
        scope: { kind: "meeting", meeting: meetingTarget(meeting), ownerId: item.ownerId },
        notification: { kind: "actionItem", id: ref.id, meetingId: item.meetingId },
        room: meetingRoom(item.meetingId),
        label: item.description.slice(0, 80),
      };
    }
  }
}

export const targetKeyOf = (ref: CommentTargetRef) => `${ref.kind}:${ref.id}`;
