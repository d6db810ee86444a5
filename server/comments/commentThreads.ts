import type { CommentTargetKind } from "../../shared/comments";
import { NotFound } from "../errors";
import { Comment, type CommentRecord } from "../models/Comment";
import { CommentThread, type CommentThreadRecord } from "../models/CommentThread";
import type { Actor } from "../policies";
import { readableCommentTarget, type LoadedCommentTarget } from "./commentTargets";

const isId = (id: string) => /^[0-9a-f]{24}$/.test(id);

/** A thread the actor may read, with its target; otherwise 404 (nothing is revealed). */
export async function readableThread(actor: Actor, threadId: string): Promise<{ thread: CommentThreadRecord; target: LoadedCommentTarget }> {
  const thread = isId(threadId) ? await CommentThread.findById(threadId).lean<CommentThreadRecord>() : null;
  if (!thread) throw NotFound("This comment thread was not found");
  const target = await readableCommentTarget(actor, { kind: thread.targetKind as CommentTargetKind, id: thread.targetId, meetingId: thread.meetingId ?? undefined }).catch(() => {
    throw NotFound("This comment thread was not found");
  });
  return { thread, target };
}

/** A comment the actor may read, with its thread and target; otherwise 404. */
export async function readableComment(actor: Actor, commentId: string): Promise<{ comment: CommentRecord; thread: CommentThreadRecord; target: LoadedCommentTarget }> {
  const comment = isId(commentId) ? await Comment.findById(commentId).lean<CommentRecord>() : null;
  if (!comment) throw NotFound("This comment was not found");
  return { comment, ...(await readableThread(actor, comment.threadId)) };
}
