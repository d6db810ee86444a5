import type { CommentTargetRef, CommentWriteResult, PresentedCommentList, PresentedCommentThread } from "../../shared/comments";
import type { StartThreadInput } from "../../shared/schemas/comments";
import type { PersonRef } from "../../shared/meetingTypes";
import { apiFetch, patchJson, postJson } from "./http";

/** Comment threads (issue 13): GET /api/comments and the writes; live changes come as the socket's comment.changed. */
const targetQuery = (target: CommentTargetRef) => new URLSearchParams({ kind: target.kind, id: target.id, ...(target.meetingId ? { meetingId: target.meetingId } : {}) });

export const listComments = (target: CommentTargetRef) => apiFetch<PresentedCommentList>(`/api/comments?${targetQuery(target)}`);

/** People who may read the target, for `@name` mentions. */
export const listMentionable = (target: CommentTargetRef) => apiFetch<PersonRef[]>(`/api/comments/mentionable?${targetQuery(target)}`);

/** The people whose `@Name` appears in the text. */
export const mentionedIn = (text: string, people: PersonRef[]) => people.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id);

export const startThread = (input: StartThreadInput) => postJson<CommentWriteResult>("/api/comments/threads", input);

export const replyToThread = (threadId: string, text: string, mentionIds: string[], confirmPersonalData = false) =>
  postJson<CommentWriteResult>(`/api/comments/threads/${encodeURIComponent(threadId)}/replies`, { text, mentionIds, confirmPersonalData });

export const setThreadResolved = (threadId: string, resolved: boolean) =>
  postJson<PresentedCommentThread>(`/api/comments/threads/${encodeURIComponent(threadId)}/${resolved ? "resolve" : "reopen"}`);

export const editComment = (commentId: string, text: string, mentionIds: string[], confirmPersonalData = false) =>
  patchJson<CommentWriteResult>(`/api/comments/${encodeURIComponent(commentId)}`, { text, mentionIds, confirmPersonalData });

export const deleteComment = (commentId: string) => apiFetch<PresentedCommentThread>(`/api/comments/${encodeURIComponent(commentId)}`, { method: "DELETE" });
