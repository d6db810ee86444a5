import type { CommentWriteResult } from "../../shared/comments";
import { guardPersonalData, sortMentions } from "../comments/commentGuards";
import { readableComment } from "../comments/commentThreads";
import { domainEvents } from "../domainEvents";
import { Conflict } from "../errors";
import type { ActingUser } from "../meetings/actingUser";
import { Comment } from "../models/Comment";
import { authorize } from "../policies";
import { presentThreadById } from "../presenters/comments";

/** Edits one's own comment (`comment.edit`); people newly mentioned are told, the others not again. */
export default async function commentEditor(props: { actor: ActingUser; commentId: string; text: string; mentionIds: string[]; confirmPersonalData: boolean }): Promise<CommentWriteResult> {
  const { actor } = props;
  const { comment, thread, target } = await readableComment(actor, props.commentId);
  authorize(actor, "comment.edit", { scope: target.scope, authorId: comment.authorId });
  if (comment.deletedAt) throw Conflict("This comment was deleted", "comment_deleted");
  const mentions = await sortMentions(target.notification, props.mentionIds);
  guardPersonalData(props.text, props.confirmPersonalData, mentions.people);
  await Comment.updateOne({ _id: comment._id }, { $set: { text: props.text, mentionIds: mentions.reachable, editedAt: new Date() } });
  const added = mentions.reachable.filter((id) => !comment.mentionIds.includes(id));
  // The notifier's key is per comment: a mention added by an edit gets its own key.
  if (added.length > 0) domainEvents.emit("mention.added", { userIds: added, target: target.notification, byUserId: actor.id });
  domainEvents.emit("comment.changed", { room: target.room, target: target.ref, threadId: thread._id.toString() });
  return { thread: await presentThreadById(actor, target, String(thread._id)), unreachableMentions: mentions.unreachable };
}
