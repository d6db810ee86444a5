import { z } from "zod";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import documentReviewersSetter from "../../commands/documentReviewersSetter";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { actingUser } from "../meetings/context";
import { documentParams, readableDocument } from "./readableDocument";

export const reviewersSchema = z.strictObject({ userIds: z.array(objectIdSchema).max(100) });

export function registerDocumentReviewerRoutes(api: ApiRouter): void {
  api.add(
    { method: "put", path: "/documents/:id/reviewers", summary: "Who has reviewer access (may comment though they may not edit); audited", tag: "documents", access: "the secretariat", before: [requireSignedIn], params: documentParams, body: reviewersSchema },
    async ({ params, body, req }): Promise<{ reviewerIds: string[] }> => {
      const record = await readableDocument(currentUser(req), params.id);
      return { reviewerIds: await documentReviewersSetter({ actor: actingUser(req), record, userIds: body.userIds }) };
    },
  );
}
