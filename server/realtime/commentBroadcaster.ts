import type { CommentTargetRef } from "../../shared/comments";
import { domainEvents } from "../domainEvents";
import type { PersonRef } from "../../shared/meetingTypes";
import { userRoom } from "./notificationBroadcaster";
import type { GreychairIo } from "./socketServer";

/**
 * Tells the room of a comment's target (document:<id> or meeting:<id>, joined only after the policy
 * allowed reading it, left when access is lost) that a thread changed. The payload holds ids only:
 * each client reloads the thread over HTTP, where the policy decides what that person sees.
 */
export function attachCommentBroadcaster(io: GreychairIo): () => void {
  const listener = (event: { room: string; target: CommentTargetRef; threadId: string }) => io.to(event.room).emit("comment.changed", { target: event.target, threadId: event.threadId });
  // Only the author of the mentions hears who could not be told (their own room, user:<id>).
  const unreachable = (event: { documentId: string; authorId: string; people: PersonRef[] }) => io.to(userRoom(event.authorId)).emit("mention.unreachable", { documentId: event.documentId, people: event.people });
  domainEvents.on("comment.changed", listener);
  domainEvents.on("mention.unreachable", unreachable);
  return () => {
    domainEvents.off("comment.changed", listener);
    domainEvents.off("mention.unreachable", unreachable);
  };
}
