import { z } from "zod";
import { DISCIPLINES } from "../../../shared/directory";
import { LANGUAGES } from "../../../shared/languages";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { TRAINING_COUNTRIES } from "../../../shared/trainings";
import { audit } from "../../audit/auditLog";
import { Conflict } from "../../errors";
import { registrationCsv } from "../../trainings/registrationCsv";
import type { ApiRouter } from "../../http/apiRouter";
import { sendDownload } from "../../http/sendFile";
import { auditActor, type ActingUser } from "../../meetings/actingUser";
import { requireSignedIn } from "../../middlewares/authenticate";
import { TrainingRegistration } from "../../models/TrainingRegistration";
import { authorize } from "../../policies";
import { certificatesZip } from "../../trainings/certificatesBulk";
import { badgesPdf, participantListPdf } from "../../trainings/participantLists";
import { sortedRegistrations } from "../../trainings/registrationRows";
import type { TrainingRow } from "../../trainings/trainingStore";
import { actingUser } from "../meetings/context";
import { readableTraining } from "./index";

const trainingParams = z.object({ id: objectIdSchema });
const language = z.enum(LANGUAGES).default("en");
const listQuery = z.object({ format: z.enum(["csv", "pdf"]).default("csv"), language, country: z.enum(TRAINING_COUNTRIES).optional(), discipline: z.enum(DISCIPLINES).optional() });

/** Loads the training, checks the actor is an organiser, audits the export. */
async function organiserExport(actor: ActingUser, id: string, kind: string, details: Record<string, unknown> = {}): Promise<TrainingRow> {
  const training = await readableTraining(actor, id);
  authorize(actor, "training.participantDocuments");
  await audit({ action: "training.participantsExported", ...auditActor(actor), target: { type: "training", id, label: training.title }, details: { kind, ...details } });
  return training;
}

/** For the organisers: participant lists per country and discipline, badges, every certificate at once. */
export function registerParticipantDocumentRoutes(api: ApiRouter): void {
  api.add(
    {
      method: "get",
      path: "/trainings/:id/participant-lists",
      summary: "Participant lists grouped by country and discipline (CSV or PDF), optionally of one country or discipline",
      tag: "trainings",
      access: "secretariat and chairs",
      before: [requireSignedIn],
      params: trainingParams,
      query: listQuery,
      file: ["text/csv", "application/pdf"],
    },
    async ({ params, query, req, res }) => {
      const training = await organiserExport(actingUser(req), params.id, `list.${query.format}`, { country: query.country ?? null, discipline: query.discipline ?? null });
      const rows = (await sortedRegistrations(params.id)).filter((r) => (!query.country || r.country === query.country) && (!query.discipline || r.discipline === query.discipline));
      if (query.format === "pdf") return sendDownload(res, "application/pdf", "participants (RESTRICTED).pdf", await participantListPdf(training, rows, query.language));
      const csv = registrationCsv(rows, query.language, { attended: true });
      sendDownload(res, "text/csv; charset=utf-8", "participants (RESTRICTED).csv", csv);
    },
  );

  api.add(
    { method: "get", path: "/trainings/:id/badges", summary: "Name badges of the confirmed participants (PDF)", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: trainingParams, query: z.object({ language }), file: ["application/pdf"] },
    async ({ params, query, req, res }) => {
      const training = await organiserExport(actingUser(req), params.id, "badges");
      sendDownload(res, "application/pdf", "badges (RESTRICTED).pdf", await badgesPdf(training, await sortedRegistrations(params.id), query.language));
    },
  );

  api.add(
    { method: "get", path: "/trainings/:id/certificates", summary: "Every attended participant's certificate, each in their language, as one zip of PDFs", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: trainingParams, file: ["application/zip"] },
    async ({ params, req, res }) => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      authorize(actor, "training.participantDocuments");
      const attended = (await TrainingRegistration.find({ trainingId: params.id }).lean()).filter((r) => r.attended && r.status === "confirmed");
      if (attended.length === 0) throw Conflict("Mark attendance first: nobody is marked as attended", "none_attended");
      const zip = await certificatesZip(training, attended);
      await audit({ action: "training.certificatesIssued", ...auditActor(actor), target: { type: "training", id: params.id, label: training.title }, details: { count: attended.length } });
      sendDownload(res, "application/zip", "certificates (INTERNAL).zip", zip);
    },
  );
}
