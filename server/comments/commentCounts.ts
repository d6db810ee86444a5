import type { CommentCounts, CommentTargetRef } from "../../shared/comments";
import { Comment } from "../models/Comment";
import { CommentThread } from "../models/CommentThread";
import { can, type Actor } from "../policies";
import { loadCommentTarget, targetKeyOf, type MeetingCache } from "./commentTargets";

/**
 * Comment counts for many targets in one request: each target is loaded and asked of the policy
 * (`comment.read`) on its own; one that is missing or not readable is left out, the same for both,
 * so nothing is revealed. Then one query for the threads and one for their comments.
 */
export async function commentCounts(actor: Actor, refs: CommentTargetRef[]): Promise<CommentCounts> {
  const meetings: MeetingCache = new Map();
  const unique = [...new Map(refs.map((ref) => [targetKeyOf(ref), ref])).values()];
  const loaded = await Promise.all(unique.map((ref) => loadCommentTarget(ref, meetings).catch(() => null)));
  const readable = loaded.filter((target) => target !== null && can(actor, "comment.read", target.scope));
  if (readable.length === 0) return { counts: [] };
  const keys = readable.map((target) => targetKeyOf(target!.ref));
  const threads = await CommentThread.find({ targetKey: { $in: keys } }, { targetKey: 1 }).lean();
  const keyOfThread = new Map(threads.map((thread) => [String(thread._id), thread.targetKey]));
  const perKey = new Map<string, number>();
  if (threads.length > 0) {
    for (const comment of await Comment.find({ threadId: { $in: [...keyOfThread.keys()] }, deletedAt: null }, { threadId: 1 }).lean()) {
      const key = keyOfThread.get(comment.threadId)!;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
  }
  return { counts: readable.map((target) => ({ target: target!.ref, count: perKey.get(targetKeyOf(target!.ref)) ?? 0 })) };
}
