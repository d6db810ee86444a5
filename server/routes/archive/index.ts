import { z } from "zod";
import type { ArchivePage, ArchiveVerification, PresentedArchiveRecord, VictimNoteReport } from "../../../shared/meetingTypes";
import { amendmentInputSchema, archiveNumberSchema, archiveQuerySchema } from "../../../shared/schemas/decisions";
import { archiveIntegrity } from "../../archive/archiveIntegrity";
import { archivePdf } from "../../archive/archivePdf";
import { archiveCsv } from "../../archive/archiveCsv";
import { archiveFilter, victimNoteReport } from "../../archive/archiveQuery";
import { audit } from "../../audit/auditLog";
import { verifyArchiveHere } from "../../audit/trailVerification";
import archiveAmender from "../../commands/archiveAmender";
import meetingFinaliser from "../../commands/meetingFinaliser";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { auditActor } from "../../meetings/actingUser";
import { approvedMinutesLink } from "../../meetings/minutesReviewState";
import { ArchiveRecord, type ArchiveRecordFields } from "../../models/ArchiveRecord";
import { meetingTarget } from "../../meetings/meetingStore";
import { authorize } from "../../policies";
import { presentArchiveRecord } from "../../presenters/archive";
import { archivePageFromMemory } from "../../readModels/archiveReadModel";
import { ReadModel } from "../../readModels/readModel";
import { actingUser, meetingParams, readableMeeting } from "../meetings/context";

const before = [requireSignedIn];
const numberParams = z.object({ number: archiveNumberSchema });
/** A PDF is read, not processed: past this many records the export says to narrow the search. */
const PDF_RECORDS_MAX = 2_000;

/** Presented records, each with the amendments that correct it and whether it still matches its hash. */
async function present(records: ArchiveRecordFields[]): Promise<PresentedArchiveRecord[]> {
  const [amendedBy, integrity] = await Promise.all([amendments(records), archiveIntegrity(records)]);
  return records.map((r) => presentArchiveRecord(r, amendedBy, integrity));
}

/** Which amendments correct each of these records (a second query: no $lookup). */
async function amendments(records: ArchiveRecordFields[]): Promise<Map<string, string[]>> {
  const amending = await ArchiveRecord.find({ amends: { $in: records.map((r) => r.number) } }, { number: 1, amends: 1 }).sort({ seq: 1 }).lean();
  const map = new Map<string, string[]>();
  for (const a of amending) map.set(a.amends!, [...(map.get(a.amends!) ?? []), a.number]);
  return map;
}

export function registerArchiveRoutes(api: ApiRouter): void {
  api.add(
    { method: "post", path: "/meetings/:id/finalise", summary: "Finalise a closed meeting: its decisions become numbered, immutable archive records", tag: "archive", access: "secretariat; closed meetings", before, params: meetingParams },
    async ({ params, req }): Promise<{ numbers: string[] }> => {
      const { meeting, actor } = await readableMeeting(req, params.id);
      authorize(actor, "meeting.finalise", meetingTarget(meeting));
      return { numbers: await meetingFinaliser({ actor, meetingId: params.id }) };
    },
  );

  api.add(
    { method: "get", path: "/archive", summary: "Search the decision archive (text, date range, meeting, outcome, tag)", tag: "archive", access: "secretariat, chair, member", before, query: archiveQuerySchema },
    async ({ query, req }): Promise<ArchivePage> => {
      authorize(actingUser(req), "archive.read");
      if (ReadModel.enabled) return archivePageFromMemory(query);
      const filter = archiveFilter(query);
      const records = await ArchiveRecord.find(filter).sort({ meetingDate: -1, seq: -1 }).skip(query.offset).limit(query.limit).lean();
      // A page that is not full is the last one: the total is known without counting (a second scan on FerretDB).
      const total = records.length < query.limit && (records.length > 0 || query.offset === 0) ? query.offset + records.length : await ArchiveRecord.countDocuments(filter);
      return { records: await present(records), total };
    },
  );

  api.add(
    { method: "get", path: "/archive/export.csv", summary: "The search result as CSV (UTF-8)", tag: "archive", access: "secretariat, chair, member", before, query: archiveQuerySchema.omit({ offset: true, limit: true }), file: ["text/csv"] },
    async ({ query, req, res }) => {
      const actor = actingUser(req);
      authorize(actor, "archive.read");
      const records = await ArchiveRecord.find(archiveFilter({ ...query, offset: 0, limit: 0 })).sort({ seq: 1 }).limit(20_000).lean();
      await audit({ action: "archive.exported", ...auditActor(actor), details: { format: "csv", records: records.length } });
      res.type("text/csv; charset=utf-8").attachment("greychair-decision-archive.csv").send(archiveCsv(records, currentUser(req).language));
    },
  );

  api.add(
    { method: "get", path: "/archive/export.pdf", summary: "The search result as PDF (A4, marked internal on every page), in the reader's language", tag: "archive", access: "secretariat, chair, member", before, query: archiveQuerySchema.omit({ offset: true, limit: true }), file: ["application/pdf"] },
    async ({ query, req, res }) => {
      const actor = actingUser(req);
      authorize(actor, "archive.read");
      const filter = archiveFilter({ ...query, offset: 0, limit: 0 });
      const [records, total] = await Promise.all([ArchiveRecord.find(filter).sort({ seq: 1 }).limit(PDF_RECORDS_MAX).lean(), ArchiveRecord.countDocuments(filter)]);
      const body = await archivePdf({ records: await present(records), total, query, language: currentUser(req).language, exportedBy: actor.name, exportedAt: new Date() });
      await audit({ action: "archive.exported", ...auditActor(actor), details: { format: "pdf", records: records.length, total } });
      res.type("application/pdf").attachment("greychair-decision-archive.pdf").send(body);
    },
  );

  api.add(
    { method: "get", path: "/archive/report", summary: "Share of decisions with a substantive victim-perspective note, per meeting and per year", tag: "archive", access: "secretariat, chair, member", before },
    async ({ req }): Promise<VictimNoteReport> => {
      authorize(actingUser(req), "archive.read");
      return victimNoteReport(await ArchiveRecord.find({ kind: "decision" }).limit(50_000).lean());
    },
  );

  api.add(
    { method: "get", path: "/archive/verify", summary: "Check the archive's hash chain", tag: "archive", access: "secretariat", before },
    async ({ req }): Promise<ArchiveVerification> => {
      authorize(actingUser(req), "archive.verify");
      return verifyArchiveHere();
    },
  );

  api.add(
    { method: "get", path: "/archive/:number", summary: "One archive record, with the amendments that correct it", tag: "archive", access: "secretariat, chair, member", before, params: numberParams },
    async ({ params, req }): Promise<PresentedArchiveRecord> => {
      authorize(actingUser(req), "archive.read");
      const record = await ArchiveRecord.findOne({ number: params.number }).lean();
      if (!record) throw NotFound("There is no archive record with this number");
      return { ...(await present([record]))[0]!, minutes: await approvedMinutesLink(record.meetingId) };
    },
  );

  api.add(
    { method: "post", path: "/archive/:number/amendments", summary: "Correct a record with a new amendment record that points to it", tag: "archive", access: "secretariat", before, params: numberParams, body: amendmentInputSchema, status: 201 },
    async ({ params, body, req }): Promise<PresentedArchiveRecord> => {
      const actor = actingUser(req);
      authorize(actor, "archive.amend");
      const number = await archiveAmender({ actor, number: params.number, input: body });
      const record = (await ArchiveRecord.findOne({ number }).lean())!;
      return (await present([record]))[0]!;
    },
  );
}
