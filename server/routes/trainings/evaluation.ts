import { z } from "zod";
import { LANGUAGES } from "../../../shared/languages";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { evaluationConfigSchema, evaluationResponseSchema } from "../../../shared/schemas/trainingEvaluation";
import { EVALUATION_LIMITS, type PresentedEvaluation, type PresentedEvaluationResults } from "../../../shared/trainingEvaluation";
import { audit } from "../../audit/auditLog";
import evaluationAnswerer from "../../commands/evaluationAnswerer";
import evaluationConfigurer from "../../commands/evaluationConfigurer";
import type { ApiRouter } from "../../http/apiRouter";
import { sendDownload } from "../../http/sendFile";
import { auditActor } from "../../meetings/actingUser";
import { requireSignedIn } from "../../middlewares/authenticate";
import { EvaluationResponse } from "../../models/EvaluationResponse";
import { authorize } from "../../policies";
import { evaluationReportPdf } from "../../trainings/evaluationReport";
import { evaluationResults } from "../../trainings/evaluationResults";
import { loadEvaluation, presentEvaluation } from "../../trainings/evaluationStore";
import { actingUser } from "../meetings/context";
import { readableTraining } from "./index";

const trainingParams = z.object({ id: objectIdSchema });
const resultsQuery = z.object({ format: z.enum(["json", "pdf"]).default("json"), language: z.enum(LANGUAGES).default("en") });

/** The evaluation form of a training: configure, answer anonymously, aggregated results and the PDF report. */
export function registerTrainingEvaluationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/trainings/:id/evaluation", summary: "A training's evaluation form, and whether the caller may answer it", tag: "trainings", access: "who may see the training", before: [requireSignedIn], params: trainingParams },
    async ({ params, req }): Promise<PresentedEvaluation> => {
      const actor = actingUser(req);
      await readableTraining(actor, params.id);
      return presentEvaluation(params.id, actor);
    },
  );

  api.add(
    { method: "put", path: "/trainings/:id/evaluation", summary: "Set the evaluation questions (scale 1–5 or free text) and open or close the form", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: trainingParams, body: evaluationConfigSchema },
    async ({ params, body, req }): Promise<PresentedEvaluation> => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      await evaluationConfigurer({ actor, training, input: body });
      return presentEvaluation(params.id, actor);
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/evaluation/responses", summary: "Answer the evaluation, anonymously and once", tag: "trainings", access: "confirmed participants with an account", before: [requireSignedIn], params: trainingParams, body: evaluationResponseSchema, status: 204 },
    async ({ params, body, req }) => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      await evaluationAnswerer({ actor, training, input: body });
    },
  );

  api.add(
    {
      method: "get",
      path: "/trainings/:id/evaluation/results",
      summary: "Aggregated results per country and discipline (small groups hidden), as JSON or a PDF report",
      tag: "trainings",
      access: "secretariat and chairs",
      before: [requireSignedIn],
      params: trainingParams,
      query: resultsQuery,
      file: ["application/json", "application/pdf"],
    },
    async ({ params, query, req, res }): Promise<PresentedEvaluationResults | void> => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      authorize(actor, "evaluation.results");
      const [evaluation, responses] = await Promise.all([loadEvaluation(params.id), EvaluationResponse.find({ trainingId: params.id }).lean()]);
      const results = evaluationResults(params.id, evaluation.questions, responses, EVALUATION_LIMITS.minGroupSize);
      await audit({ action: "training.evaluationResultsViewed", ...auditActor(actor), target: { type: "training", id: params.id, label: training.title }, details: { format: query.format } });
      if (query.format === "json") return results;
      sendDownload(res, "application/pdf", "evaluation (INTERNAL).pdf", await evaluationReportPdf(training, results, query.language));
    },
  );
}
