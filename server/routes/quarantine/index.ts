import type { PresentedQuarantinedUpdate } from "../../../shared/types";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { DocumentModel } from "../../models/Document";
import { QuarantinedUpdate } from "../../models/QuarantinedUpdate";
import { authorize } from "../../policies";
import { presentQuarantinedUpdate } from "../../presenters/quarantine";
import { userNames } from "../../presenters/userNames";

/** The newest this many are listed; each one is also in the audit log (document.update_quarantined). */
const LISTED = 200;

export function registerQuarantineRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/quarantine", summary: "Stored document changes that could not be applied and were moved aside, newest first (no content)", tag: "administration", access: "secretariat", before: [requireSignedIn] },
    async ({ req }): Promise<PresentedQuarantinedUpdate[]> => {
      authorize(currentUser(req), "quarantine.read");
      const rows = await QuarantinedUpdate.find({}, { bytes: 0 }).sort({ quarantinedAt: -1 }).limit(LISTED).lean();
      const documents = await DocumentModel.find({ _id: { $in: [...new Set(rows.map((row) => String(row.documentId)))] } }, { title: 1 }).lean();
      const titles = new Map(documents.map((doc) => [String(doc._id), doc.title]));
      const names = await userNames(rows.map((row) => row.userId));
      return rows.map((row) => presentQuarantinedUpdate(row, titles, names));
    },
  );
}
