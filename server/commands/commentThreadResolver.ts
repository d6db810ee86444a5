import type { PresentedCommentThread } from "../../shared/comments";
import { readableThread } from "../comments/commentThreads";
import { domainEvents } from "../domainEvents";
import type { ActingUser } from "../meetings/actingUser";
import { CommentThread } from "../models/CommentThread";
import { authorize } from "../policies";
import { presentThreadById } from "../presenters/comments";

/** Resolves or reopens a thread (`comment.resolve`); its creator hears that it was resolved. */
export default async function commentThreadResolver(props: { actor: ActingUser; threadId: string; resolved: boolean }): Promise<PresentedCommentThread> {
  const { actor } = props;
  const { thread, target } = await readableThread(actor, props.threadId);
  authorize(actor, "comment.resolve", { scope: target.scope, createdBy: thread.createdBy });
  const threadId = String(thread._id);
  const isResolved = thread.resolvedAt != null;
  if (isResolved !== props.resolved) {
    await CommentThread.updateOne({ _id: thread._id }, { $set: props.resolved ? { resolvedAt: new Date(), resolvedBy: actor.id } : { resolvedAt: null, resolvedBy: null } });
    if (props.resolved) domainEvents.emit("comment.resolved", { threadId, target: target.notification, byUserId: actor.id, threadAuthorId: thread.createdBy });
    domainEvents.emit("comment.changed", { room: target.room, target: target.ref, threadId });
  }
  return presentThreadById(actor, target, threadId);
}
