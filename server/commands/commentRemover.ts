import type { PresentedCommentThread } from "../../shared/comments";
import { audit } from "../audit/auditLog";
import { readableComment } from "../comments/commentThreads";
import { domainEvents } from "../domainEvents";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Comment } from "../models/Comment";
import { authorize } from "../policies";
import { presentThreadById } from "../presenters/comments";

/**
 * Deletes a comment (`comment.delete`: one's own, or the secretariat's moderation): its text and
 * mentions are erased, its place in the thread stays. Audited, without the text.
 */
export default async function commentRemover(props: { actor: ActingUser; commentId: string }): Promise<PresentedCommentThread> {
  const { actor } = props;
  const { comment, thread, target } = await readableComment(actor, props.commentId);
  authorize(actor, "comment.delete", { scope: target.scope, authorId: comment.authorId });
  const threadId = String(thread._id);
  if (!comment.deletedAt) {
    await Comment.updateOne({ _id: comment._id }, { $set: { text: "", mentionIds: [], deletedAt: new Date(), deletedBy: actor.id } });
    await audit({
      action: "comment.deleted",
      ...auditActor(actor),
      target: { type: target.ref.kind, id: target.ref.id, label: target.label },
      details: { threadId, commentId: String(comment._id), authorId: comment.authorId, ownComment: comment.authorId === actor.id },
    });
    domainEvents.emit("comment.changed", { room: target.room, target: target.ref, threadId });
  }
  return presentThreadById(actor, target, threadId);
}
