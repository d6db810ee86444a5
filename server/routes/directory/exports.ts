import type { Response } from "express";
import { z } from "zod";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { directoryExportQuerySchema } from "../../../shared/schemas/directory";
import { audit } from "../../audit/auditLog";
import { directoryNow } from "../../directory/clock";
import { readableContactPoint } from "../../directory/contactPointLoader";
import { directoryActor, directoryAudit, type DirectoryActor } from "../../directory/directoryActor";
import { directoryCsv } from "../../directory/directoryCsv";
import { directoryPdf } from "../../directory/directoryPdf";
import { contactPointVcard, directoryVcards } from "../../directory/directoryVcards";
import { loadExportSet, type ExportQuery, type ExportSet } from "../../directory/exportSet";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { authorize } from "../../policies";

const before = [requireSignedIn];
const access = "secretariat, chair, member";

/** Every export is audited: format, what was chosen, how many entries, whether mobiles were in it. */
function auditExport(actor: DirectoryActor, format: string, query: ExportQuery, set: ExportSet, extra: Record<string, unknown> = {}) {
  const { mobiles: _mobiles, ...filters } = query;
  return audit({
    action: "directory.exported",
    ...directoryAudit(actor),
    details: { format, filters, entries: set.entries.length, total: set.total, mobiles: set.includeMobiles ? "included" : "left_out", ...extra },
  });
}

// attachment() sets a type from the file name (.vcf → text/x-vcard): the right type is set after it.
const send = (res: Response, type: string, filename: string, body: string | Buffer) => res.attachment(filename).type(type).send(body);

export function registerDirectoryExportRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/directory/export.csv", summary: "The directory, or the chosen part of it, as CSV (UTF-8, every field quoted, formulas escaped)", tag: "directory", access, before, query: directoryExportQuerySchema, file: ["text/csv"] },
    async ({ query, req, res }) => {
      const actor = directoryActor(req);
      authorize(actor, "directory.export");
      const now = directoryNow();
      const set = await loadExportSet(query, actor, now);
      await auditExport(actor, "csv", query, set);
      send(res, "text/csv; charset=utf-8", "greychair-contact-points.csv", directoryCsv(set, now, currentUser(req).language));
    },
  );

  api.add(
    { method: "get", path: "/directory/export.pdf", summary: "The directory as PDF, per country and organisation like the brochure's contact list, marked internal on every page", tag: "directory", access, before, query: directoryExportQuerySchema, file: ["application/pdf"] },
    async ({ query, req, res }) => {
      const actor = directoryActor(req);
      authorize(actor, "directory.export");
      const now = directoryNow();
      const set = await loadExportSet(query, actor, now);
      const body = await directoryPdf({ set, query, language: currentUser(req).language, exportedBy: actor.name, exportedAt: now }, now);
      await auditExport(actor, "pdf", query, set);
      send(res, "application/pdf", "greychair-contact-points.pdf", body);
    },
  );

  api.add(
    { method: "get", path: "/directory/export.vcf", summary: "The directory, or the chosen part of it, as vCard 3.0 cards for phones (UTF-8)", tag: "directory", access, before, query: directoryExportQuerySchema, file: ["text/vcard"] },
    async ({ query, req, res }) => {
      const actor = directoryActor(req);
      authorize(actor, "directory.export");
      const set = await loadExportSet(query, actor, directoryNow());
      await auditExport(actor, "vcf", query, set);
      send(res, "text/vcard; charset=utf-8", "greychair-contact-points.vcf", directoryVcards(set, currentUser(req).language));
    },
  );

  api.add(
    { method: "get", path: "/contact-points/:id/vcard", summary: "One contact point as a vCard 3.0 card", tag: "directory", access, before, params: z.object({ id: objectIdSchema }), query: directoryExportQuerySchema.pick({ mobiles: true }), file: ["text/vcard"] },
    async ({ params, query, req, res }) => {
      const actor = directoryActor(req);
      const { contactPoint } = await readableContactPoint(actor, params.id);
      authorize(actor, "directory.export");
      const exportQuery = directoryExportQuerySchema.parse({ mobiles: query.mobiles });
      const set = await loadExportSet(exportQuery, actor, directoryNow(), contactPoint.id);
      await auditExport(actor, "vcf", exportQuery, set, { contactPointId: contactPoint.id });
      send(res, "text/vcard; charset=utf-8", `greychair-contact-point-${contactPoint.id}.vcf`, contactPointVcard(set.entries[0]!, set, currentUser(req).language));
    },
  );
}
