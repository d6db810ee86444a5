import type { CommentTargetRef, CommentWriteResult, PresentedCommentList, PresentedCommentThread } from "../../shared/comments";
import type { StartThreadInput } from "../../shared/schemas/comments";
import { apiFetch, patchJson, postJson } from "./http";

/** Comment threads (issue 13): GET /api/comments and the writes; live changes come as the socket's comment.changed. */
export function listComments(target: CommentTargetRef): Promise<PresentedCommentList> {
  const query = new URLSearchParams({ kind: target.kind, id: target.id, ...(target.meetingId ? { meetingId: target.meetingId } : {}) });
  return apiFetch<PresentedCommentList>(`/api/comments?${query}`);
}

export const startThread = (input: StartThreadInput) => postJson<CommentWriteResult>("/api/comments/threads", input);

export const replyToThread = (threadId: string, text: string, confirmPersonalData = false) =>
  postJson<CommentWriteResult>(`/api/comments/threads/${encodeURIComponent(threadId)}/replies`, { text, confirmPersonalData });

export const setThreadResolved = (threadId: string, resolved: boolean) =>
  postJson<PresentedCommentThread>(`/api/comments/threads/${encodeURIComponent(threadId)}/${resolved ? "resolve" : "reopen"}`);

export const editComment = (commentId: string, text: string) => patchJson<CommentWriteResult>(`/api/comments/${encodeURIComponent(commentId)}`, { text });

export const deleteComment = (commentId: string) => apiFetch<PresentedCommentThread>(`/api/comments/${encodeURIComponent(commentId)}`, { method: "DELETE" });
