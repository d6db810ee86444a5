/**
 * Comments (issue 13): threads on a document's text, on agenda items, agenda proposals and action
 * items. The vocabulary, the limits and the shapes the server's presenters return; both sides use them.
 */
import type { PersonRef } from "./meetingTypes";
import type { PresentedFinding } from "./types";

export const COMMENT_TARGET_KINDS = ["document", "agendaItem", "proposal", "actionItem"] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

export const COMMENT_LIMITS = {
  /** Characters in one comment. */
  text: 4000,
  /** People mentioned in one comment. */
  mentions: 20,
  /** An encoded Yjs relative position (base64); real ones are a few dozen characters. */
  position: 400,
  /** The quoted text a thread was started on, kept to show it once the text is gone. */
  quote: 500,
  /** Targets in one request for comment counts (a meeting's agenda, proposals and action items fit). */
  countTargets: 200,
} as const;

/**
 * Where a thread sits in a document: Yjs relative positions (base64 of Y.encodeRelativePosition) of
 * the start and end of the range, and of the block (paragraph, heading…) that held it, as a
 * position in the document's root fragment. y-prosemirror can lose positions inside a paragraph
 * that is split or joined (yjs/y-prosemirror#44); the block position and the quote then find the
 * nearest block, so the thread is never lost (shared/commentAnchors.ts).
 */
export interface CommentAnchor {
  from: string;
  to: string;
  block: string;
  quote: string;
}

export interface CommentTargetRef {
  kind: CommentTargetKind;
  id: string;
  /** Agenda items live inside their meeting: its id. */
  meetingId?: string;
}

export interface PresentedComment {
  id: string;
  author: PersonRef | null;
  /** Null once deleted: the thread keeps its place, the words are gone. */
  text: string | null;
  mentions: PersonRef[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  policies: { edit: boolean; delete: boolean };
}

export interface PresentedCommentThread {
  id: string;
  target: CommentTargetRef;
  anchor: CommentAnchor | null;
  createdBy: PersonRef | null;
  createdAt: string;
  resolved: { by: PersonRef | null; at: string } | null;
  comments: PresentedComment[];
  policies: { reply: boolean; resolve: boolean };
}

export interface PresentedCommentList {
  threads: PresentedCommentThread[];
  /** Whether the caller may start a thread here. */
  policies: { comment: boolean };
}

/** POST /api/comments/counts: comments (not deleted) per target, for the targets the caller may read; the others are left out. */
export interface CommentCounts {
  counts: Array<{ target: CommentTargetRef; count: number }>;
}

/** The answer to posting or editing a comment: the thread, and who was mentioned but cannot read the target (not told). */
export interface CommentWriteResult {
  thread: PresentedCommentThread;
  unreachableMentions: PersonRef[];
}

/** 409 personal_data_in_comment: the text looks like it holds personal data; send again with confirmPersonalData to keep it. */
export interface CommentPersonalDataProblem {
  code: "personal_data_in_comment";
  findings: PresentedFinding[];
}
