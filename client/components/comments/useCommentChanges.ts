import { useEffect } from "react";
import type { CommentTargetRef } from "../../../shared/comments";
import { getSocket } from "../../api/socket";

/** Loads now, and again whenever the target's room tells of a comment change (ids only; the list comes over HTTP). */
export function useCommentChanges(target: CommentTargetRef, reload: () => unknown): void {
  useEffect(() => {
    void reload();
    const socket = getSocket();
    const onChanged = (event: { target: CommentTargetRef }) => {
      if (event.target.kind === target.kind && event.target.id === target.id) void reload();
    };
    socket.on("comment.changed", onChanged);
    return () => void socket.off("comment.changed", onChanged);
  }, [reload, target.kind, target.id]);
}
