import { EventEmitter } from "node:events";
import type { NotificationEventMap } from "./notifications/notificationEvents";

/** What happened in the domain that other parts (realtime) react to. Typed, in-process. */
export interface DomainEventMap extends NotificationEventMap {
  /** Sessions that no longer exist: their sockets must go. */
  "sessions.revoked": [sessionIds: string[]];
  /** A user who lost access (deactivated, role changed, password reset): their sockets must go. */
  "user.accessChanged": [userId: string];
  /** A document's classification, members or status changed (null: deleted). */
  "document.accessChanged": [documentId: string, facts: import("./policies/documents").DocumentAccessFacts | null];
  /** A meeting changed (agenda, live state, attendance, records…): its room hears of it. */
  "meeting.changed": [event: import("./meetings/meetingEvents").MeetingChangeEvent];
  /** A comment or reply was posted (issue 13). */
  "comment.posted": [event: { commentId: string; threadId: string; target: { kind: "document" | "agendaItem" | "proposal" | "actionItem"; id: string; meetingId?: string; documentId?: string }; authorId: string; isReply: boolean; threadParticipantIds: string[] }];
  /** A thread or one of its comments changed (posted, edited, deleted, resolved, reopened): the room of its target hears of it. */
  "comment.changed": [event: { room: string; target: import("../shared/comments").CommentTargetRef; threadId: string }];
  /** A comment thread was resolved. */
  "comment.resolved": [event: { threadId: string; target: { kind: "document" | "agendaItem" | "proposal" | "actionItem"; id: string; meetingId?: string; documentId?: string }; byUserId: string; threadAuthorId: string }];
  /** People were mentioned (in a comment or in document text); only those who may read the target are listed. */
  "mention.added": [event: { userIds: string[]; target: { kind: "document" | "agendaItem" | "proposal" | "actionItem"; id: string; meetingId?: string; documentId?: string }; byUserId: string | null; commentId?: string; /** Names the event once (mentions in document text); comments are named by their id. */ eventKey?: string }];
  /** Mentioned in a document's text but unable to read it (not told): the author of the mention is told who (issue 13). */
  "mention.unreachable": [event: { documentId: string; authorId: string; people: import("../shared/meetingTypes").PersonRef[] }];
  /** The minutes of a meeting were opened for review by its attendees until a date. */
  "minutes.reviewOpened": [event: { meetingId: string; documentId: string; until: Date; byUserId: string }];
  /** The minutes were signed off (frozen). */
  "minutes.approved": [event: { meetingId: string; documentId: string; byUserId: string }];
  /** A contact point's owners are asked to confirm or update it (the six-monthly cycle). */
  "contactPoint.verificationDue": [event: import("./directory/verificationCycle").ContactPointVerificationDue];
}

class DomainEvents extends EventEmitter<DomainEventMap> {}

export const domainEvents = new DomainEvents();
domainEvents.setMaxListeners(50);
