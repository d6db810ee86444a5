import { documentPolicies, type DocumentAccessFacts } from "./documents";
import { meetingPolicies, type MeetingTarget } from "./meetings";
import { allow, type Actor } from "./types";

/**
 * What a comment is on, as the rules need it: a document (with who was granted "reviewer" access),
 * or something that belongs to a meeting (agenda item, proposal, action item; an action item's
 * owner may follow it up even when the meeting is not theirs to open).
 */
export type CommentScope =
  | { kind: "document"; document: DocumentAccessFacts; reviewerIds: string[] }
  | { kind: "meeting"; meeting: MeetingTarget; ownerId?: string | null };

export interface ThreadFacts {
  scope: CommentScope;
  createdBy: string;
}

export interface CommentFacts {
  scope: CommentScope;
  authorId: string;
}

const mayRead = (actor: Actor, scope: CommentScope): boolean =>
  scope.kind === "document"
    ? documentPolicies["document.read"](actor, scope.document)
    : meetingPolicies["meeting.read"](actor, scope.meeting) || (scope.ownerId != null && scope.ownerId === actor.id);

/**
 * Members and chairs comment on what they can read; observers only where the secretariat granted
 * them reviewer access on a document. Archived documents are read-only, comments included.
 */
const mayComment = (actor: Actor, scope: CommentScope): boolean => {
  if (!mayRead(actor, scope)) return false;
  if (scope.kind === "meeting") return actor.role !== "observer";
  if (scope.document.status === "archived") return false;
  return actor.role !== "observer" || scope.reviewerIds.includes(actor.id);
};

/** Editors of the thing (and a document's creator) may settle any thread on it. */
const isEditor = (actor: Actor, scope: CommentScope): boolean =>
  scope.kind === "document"
    ? documentPolicies["document.update"](actor, scope.document) || scope.document.createdBy === actor.id
    : meetingPolicies["agenda.edit"](actor, scope.meeting) || meetingPolicies["actionItem.manage"](actor, scope.meeting);

export const commentPolicies = {
  "comment.read": allow<CommentScope>(mayRead),
  "comment.create": allow<CommentScope>(mayComment),
  "comment.reply": allow<ThreadFacts>((actor, thread) => mayComment(actor, thread.scope)),
  /** Resolve and reopen: editors, and the thread's creator even without edit rights. */
  "comment.resolve": allow<ThreadFacts>((actor, thread) => mayRead(actor, thread.scope) && (thread.createdBy === actor.id || isEditor(actor, thread.scope))),
  "comment.edit": allow<CommentFacts>((actor, comment) => comment.authorId === actor.id && mayComment(actor, comment.scope)),
  /** One's own comments; the secretariat too (personal data that must go). */
  "comment.delete": allow<CommentFacts>((actor, comment) => mayRead(actor, comment.scope) && (comment.authorId === actor.id || actor.role === "secretariat")),
  /** Granting reviewer access on a document: the secretariat. */
  "document.grantReview": allow<DocumentAccessFacts>((actor) => actor.role === "secretariat"),
};
