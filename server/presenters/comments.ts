import type { PresentedComment, PresentedCommentList, PresentedCommentThread } from "../../shared/comments";
import type { LoadedCommentTarget } from "../comments/commentTargets";
import { Comment, type CommentRecord } from "../models/Comment";
import { CommentThread, type CommentThreadRecord } from "../models/CommentThread";
import { can, type Actor } from "../policies";
import { peopleLookup, personRef, type People } from "./people";

function presentComment(actor: Actor, target: LoadedCommentTarget, people: People, comment: CommentRecord): PresentedComment {
  const deleted = comment.deletedAt != null;
  const facts = { scope: target.scope, authorId: comment.authorId };
  return {
    id: String(comment._id),
    author: personRef(people, comment.authorId),
    text: deleted ? null : comment.text,
    mentions: deleted ? [] : comment.mentionIds.map((id) => personRef(people, id)).filter((p) => p !== null),
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt ? comment.editedAt.toISOString() : null,
    deleted,
    policies: { edit: !deleted && can(actor, "comment.edit", facts), delete: !deleted && can(actor, "comment.delete", facts) },
  };
}

function presentThread(actor: Actor, target: LoadedCommentTarget, people: People, thread: CommentThreadRecord, comments: CommentRecord[]): PresentedCommentThread {
  const facts = { scope: target.scope, createdBy: thread.createdBy };
  return {
    id: String(thread._id),
    target: target.ref,
    anchor: thread.anchor ? { from: thread.anchor.from, to: thread.anchor.to, block: thread.anchor.block, quote: thread.anchor.quote ?? "" } : null,
    createdBy: personRef(people, thread.createdBy),
    createdAt: thread.createdAt.toISOString(),
    resolved: thread.resolvedAt ? { by: personRef(people, thread.resolvedBy), at: thread.resolvedAt.toISOString() } : null,
    comments: comments.map((c) => presentComment(actor, target, people, c)),
    policies: { reply: can(actor, "comment.reply", facts), resolve: can(actor, "comment.resolve", facts) },
  };
}

/** Threads with their comments, oldest first, for this actor (one query for threads, one for comments, the people from the cache). */
export async function presentThreads(actor: Actor, target: LoadedCommentTarget, threads: CommentThreadRecord[]): Promise<PresentedCommentThread[]> {
  const comments = threads.length === 0 ? [] : await Comment.find({ threadId: { $in: threads.map((t) => String(t._id)) } }).sort({ createdAt: 1, _id: 1 }).lean<CommentRecord[]>();
  const byThread = new Map<string, CommentRecord[]>();
  for (const comment of comments) byThread.set(comment.threadId, [...(byThread.get(comment.threadId) ?? []), comment]);
  const people = await peopleLookup([...threads.flatMap((t) => [t.createdBy, t.resolvedBy]), ...comments.flatMap((c) => [c.authorId, ...c.mentionIds])]);
  return threads.map((t) => presentThread(actor, target, people, t, byThread.get(String(t._id)) ?? []));
}

export async function presentThreadById(actor: Actor, target: LoadedCommentTarget, threadId: string): Promise<PresentedCommentThread> {
  const thread = await CommentThread.findById(threadId).lean<CommentThreadRecord>();
  return (await presentThreads(actor, target, thread ? [thread] : []))[0]!;
}

export async function presentCommentList(actor: Actor, target: LoadedCommentTarget): Promise<PresentedCommentList> {
  const threads = await CommentThread.find({ targetKey: `${target.ref.kind}:${target.ref.id}` }).sort({ createdAt: 1, _id: 1 }).lean<CommentThreadRecord[]>();
  return { threads: await presentThreads(actor, target, threads), policies: { comment: can(actor, "comment.create", target.scope) } };
}
