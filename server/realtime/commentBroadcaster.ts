import type { CommentTargetRef } from "../../shared/comments";
import { domainEvents } from "../domainEvents";
import type { GreychairIo } from "./socketServer";

/**
 * Tells the room of a comment's target (document:<id> or meeting:<id>, joined only after the policy
 * allowed reading it, left when access is lost) that a thread changed. The payload holds ids only:
 * each client reloads the thread over HTTP, where the policy decides what that person sees.
 */
export function attachCommentBroadcaster(io: GreychairIo): () => void {
  const listener = (event: { room: string; target: CommentTargetRef; threadId: string }) => io.to(event.room).emit("comment.changed", { target: event.target, threadId: event.threadId });
  domainEvents.on("comment.changed", listener);
  return () => domainEvents.off("comment.changed", listener);
}
