import type { CommentTargetRef, CommentWriteResult, CommentAnchor } from "../../shared/comments";
import { checkAnchor } from "../comments/commentAnchorCheck";
import { guardPersonalData, sortMentions } from "../comments/commentGuards";
import { readableCommentTarget, targetKeyOf } from "../comments/commentTargets";
import { domainEvents } from "../domainEvents";
import { Validation } from "../errors";
import { recordAmendmentThread } from "../meetings/minutesAmendmentThreads";
import type { ActingUser } from "../meetings/actingUser";
import { Comment } from "../models/Comment";
import { CommentThread } from "../models/CommentThread";
import { authorize } from "../policies";
import { presentThreadById } from "../presenters/comments";

/**
 * Starts a thread (`comment.create`) with its first comment; on a document it may carry an anchor
 * (a text range). Mentioned people who may read the target are told; the others are named back.
 */
export default async function commentThreadStarter(props: { actor: ActingUser; target: CommentTargetRef; anchor?: CommentAnchor; text: string; mentionIds: string[]; confirmPersonalData: boolean; now?: Date }): Promise<CommentWriteResult> {
  const { actor } = props;
  const target = await readableCommentTarget(actor, props.target);
  authorize(actor, "comment.create", target.scope);
  if (props.anchor && target.ref.kind !== "document") throw Validation([{ path: "body.anchor", message: "only comments on a document's text have an anchor" }]);
  const anchor = props.anchor ? checkAnchor(props.anchor) : null;
  const mentions = await sortMentions(target.notification, props.mentionIds);
  guardPersonalData(props.text, props.confirmPersonalData, mentions.people);
  const thread = await CommentThread.create({
    targetKey: targetKeyOf(target.ref),
    targetKind: target.ref.kind,
    targetId: target.ref.id,
    meetingId: target.ref.meetingId ?? null,
    anchor,
    createdBy: actor.id,
  });
  const threadId = String(thread._id);
  const comment = await Comment.create({ threadId, authorId: actor.id, text: props.text, mentionIds: mentions.reachable });
  const commentId = String(comment._id);
  // On minutes under review, a new thread by an attendee is a proposed amendment.
  if (target.ref.kind === "document") await recordAmendmentThread({ actor, documentId: target.ref.id, threadId, now: props.now ?? new Date() });
  domainEvents.emit("comment.posted", { commentId, threadId, target: target.notification, authorId: actor.id, isReply: false, threadParticipantIds: [] });
  if (mentions.reachable.length > 0) domainEvents.emit("mention.added", { userIds: mentions.reachable, target: target.notification, byUserId: actor.id, commentId });
  domainEvents.emit("comment.changed", { room: target.room, target: target.ref, threadId });
  return { thread: await presentThreadById(actor, target, threadId), unreachableMentions: mentions.unreachable };
}
