import { z } from "zod";
import type { CommentCounts, CommentWriteResult, PresentedCommentList, PresentedCommentThread } from "../../../shared/comments";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { commentCountsSchema, commentListQuerySchema, editCommentSchema, replySchema, startThreadSchema } from "../../../shared/schemas/comments";
import commentEditor from "../../commands/commentEditor";
import commentRemover from "../../commands/commentRemover";
import commentReplier from "../../commands/commentReplier";
import commentThreadResolver from "../../commands/commentThreadResolver";
import commentThreadStarter from "../../commands/commentThreadStarter";
import { readableCommentTarget } from "../../comments/commentTargets";
import { mentionCandidates } from "../../comments/mentionCandidates";
import { commentCounts } from "../../comments/commentCounts";
import { authorize } from "../../policies";
import type { PersonRef } from "../../../shared/meetingTypes";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { presentCommentList } from "../../presenters/comments";
import { actingUser } from "../meetings/context";

const threadParams = z.object({ threadId: objectIdSchema });
const commentParams = z.object({ commentId: objectIdSchema });
const tag = "comments";

/** Comment threads on documents, agenda items, agenda proposals and action items (issue 13). Writes go through the comment commands. */
export function registerCommentRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/comments", summary: "The comment threads on one document, agenda item, proposal or action item", tag, access: "who may read the target", before: [requireSignedIn], query: commentListQuerySchema },
    async ({ query, req }): Promise<PresentedCommentList> => {
      const actor = actingUser(req);
      return presentCommentList(actor, await readableCommentTarget(actor, query));
    },
  );

  api.add(
    { method: "post", path: "/comments/counts", summary: "How many comments each of many targets has (lists show one per row); targets the caller may not read are left out", tag, access: "who may read each target (asked per target)", before: [requireSignedIn], body: commentCountsSchema },
    ({ body, req }): Promise<CommentCounts> => commentCounts(actingUser(req), body.targets),
  );

  api.add(
    { method: "get", path: "/comments/mentionable", summary: "Who can be mentioned here: the people who may read the target", tag, access: "who may comment on the target", before: [requireSignedIn], query: commentListQuerySchema },
    async ({ query, req }): Promise<PersonRef[]> => {
      const actor = actingUser(req);
      const target = await readableCommentTarget(actor, query);
      authorize(actor, "comment.create", target.scope);
      return mentionCandidates(actor, target);
    },
  );

  api.add(
    { method: "post", path: "/comments/threads", summary: "Start a thread (on a document, optionally anchored to a text range); mentions notify those who may read the target", tag, access: "members and chairs on what they can read; observers with reviewer access on a document", status: 201, before: [requireSignedIn], body: startThreadSchema },
    ({ body, req }): Promise<CommentWriteResult> => commentThreadStarter({ actor: actingUser(req), ...body }),
  );

  api.add(
    { method: "post", path: "/comments/threads/:threadId/replies", summary: "Reply in a thread; its participants are notified", tag, access: "who may comment on the target", status: 201, before: [requireSignedIn], params: threadParams, body: replySchema },
    ({ params, body, req }): Promise<CommentWriteResult> => commentReplier({ actor: actingUser(req), threadId: params.threadId, ...body }),
  );

  for (const [action, resolved] of [["resolve", true], ["reopen", false]] as const) {
    api.add(
      { method: "post", path: `/comments/threads/:threadId/${action}`, summary: resolved ? "Resolve a thread; its creator is notified" : "Reopen a resolved thread", tag, access: "the thread's creator and whoever may edit the target", before: [requireSignedIn], params: threadParams },
      ({ params, req }): Promise<PresentedCommentThread> => commentThreadResolver({ actor: actingUser(req), threadId: params.threadId, resolved }),
    );
  }

  api.add(
    { method: "patch", path: "/comments/:commentId", summary: "Edit one's own comment", tag, access: "its author, while they may comment", before: [requireSignedIn], params: commentParams, body: editCommentSchema },
    ({ params, body, req }): Promise<CommentWriteResult> => commentEditor({ actor: actingUser(req), commentId: params.commentId, ...body }),
  );

  api.add(
    { method: "delete", path: "/comments/:commentId", summary: "Delete a comment (its place in the thread stays); audited", tag, access: "its author; the secretariat", before: [requireSignedIn], params: commentParams },
    ({ params, req }): Promise<PresentedCommentThread> => commentRemover({ actor: actingUser(req), commentId: params.commentId }),
  );
}
