import { z } from "zod";
import type { PresentedTrainingHistory, TrainingYearFigures } from "../../../shared/trainingEvaluation";
import { audit } from "../../audit/auditLog";
import { spreadsheetCsv } from "../../exports/spreadsheetCsv";
import type { ApiRouter } from "../../http/apiRouter";
import { sendDownload } from "../../http/sendFile";
import { auditActor } from "../../meetings/actingUser";
import { requireSignedIn } from "../../middlewares/authenticate";
import { EvaluationResponse } from "../../models/EvaluationResponse";
import { Training } from "../../models/Training";
import { TrainingRegistration } from "../../models/TrainingRegistration";
import { authorize } from "../../policies";
import { loadEvaluation } from "../../trainings/evaluationStore";
import { pastTrainings, trainingHistory, yearFigures } from "../../trainings/trainingHistory";
import type { TrainingRow } from "../../trainings/trainingStore";
import { actingUser } from "../meetings/context";

async function pastWithRegistrations() {
  const past = pastTrainings(await Training.find({ status: "published" }).limit(2000).lean<TrainingRow[]>());
  const ids = past.map((t) => String(t._id));
  const registrations = await TrainingRegistration.find({ trainingId: { $in: ids } }, { trainingId: 1, country: 1, discipline: 1, status: 1, attended: 1, userId: 1 }).lean();
  return { past, registrations };
}

/** Past trainings (counts, never names) and the yearly figures per country. */
export function registerTrainingHistoryRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/trainings/history", summary: "Past trainings with participant counts per country and discipline and the evaluation summary", tag: "trainings", access: "signed in", before: [requireSignedIn] },
    async ({ req }): Promise<PresentedTrainingHistory[]> => {
      authorize(actingUser(req), "training.history");
      const { past, registrations } = await pastWithRegistrations();
      return Promise.all(
        past.slice(0, 200).map(async (t) => {
          const id = String(t._id);
          const [evaluation, responses] = await Promise.all([loadEvaluation(id), EvaluationResponse.find({ trainingId: id }).lean()]);
          return trainingHistory(t, registrations.filter((r) => r.trainingId === id), evaluation, responses);
        }),
      );
    },
  );

  api.add(
    { method: "get", path: "/trainings/figures", summary: "Participants per year and country (for the secretariat's annual report), JSON or CSV", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], query: z.object({ format: z.enum(["json", "csv"]).default("json") }), file: ["application/json", "text/csv"] },
    async ({ query, req, res }): Promise<TrainingYearFigures[] | void> => {
      const actor = actingUser(req);
      authorize(actor, "training.figures");
      const { past, registrations } = await pastWithRegistrations();
      const figures = yearFigures(past, registrations);
      await audit({ action: "training.figuresExported", ...auditActor(actor), target: { type: "training", id: "figures", label: "yearly figures" }, details: { format: query.format } });
      if (query.format === "json") return figures;
      const csv = spreadsheetCsv(["year", "country", "trainings", "participants", "attended", "without_account"], figures.map((f) => [f.year, f.country, f.trainings, f.participants, f.attended, f.withoutAccount]));
      sendDownload(res, "text/csv; charset=utf-8", "training figures (INTERNAL).csv", csv);
    },
  );
}
