import type { CommentWriteResult } from "../../shared/comments";
import { guardPersonalData, sortMentions } from "../comments/commentGuards";
import { readableThread } from "../comments/commentThreads";
import { domainEvents } from "../domainEvents";
import type { ActingUser } from "../meetings/actingUser";
import { Comment } from "../models/Comment";
import { authorize } from "../policies";
import { presentThreadById } from "../presenters/comments";

/** Replies in a thread (`comment.reply`): everyone who wrote in it hears of it, mentioned people too. */
export default async function commentReplier(props: { actor: ActingUser; threadId: string; text: string; mentionIds: string[]; confirmPersonalData: boolean }): Promise<CommentWriteResult> {
  const { actor } = props;
  const { thread, target } = await readableThread(actor, props.threadId);
  authorize(actor, "comment.reply", { scope: target.scope, createdBy: thread.createdBy });
  const mentions = await sortMentions(target.notification, props.mentionIds);
  guardPersonalData(props.text, props.confirmPersonalData, mentions.people);
  const threadId = String(thread._id);
  const earlier = await Comment.find({ threadId }, { authorId: 1 }).lean();
  const comment = await Comment.create({ threadId, authorId: actor.id, text: props.text, mentionIds: mentions.reachable });
  const commentId = String(comment._id);
  // Mentioned people get the mention, not a second notification for the same reply.
  const participants = [...new Set([thread.createdBy, ...earlier.map((c) => c.authorId)])].filter((id) => !mentions.reachable.includes(id));
  domainEvents.emit("comment.posted", { commentId, threadId, target: target.notification, authorId: actor.id, isReply: true, threadParticipantIds: participants });
  if (mentions.reachable.length > 0) domainEvents.emit("mention.added", { userIds: mentions.reachable, target: target.notification, byUserId: actor.id, commentId });
  domainEvents.emit("comment.changed", { room: target.room, target: target.ref, threadId });
  return { thread: await presentThreadById(actor, target, threadId), unreachableMentions: mentions.unreachable };
}
