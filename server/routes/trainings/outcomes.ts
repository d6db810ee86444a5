import type { ApiRouter } from "../../http/apiRouter";
import { registerTrainingEvaluationRoutes } from "./evaluation";
import { registerTrainingHistoryRoutes } from "./history";
import { registerParticipantDocumentRoutes } from "./participantDocuments";

/** What comes after the day (issue 14, items 3, 5, 6): evaluation, bulk certificates, lists, history. */
export function registerTrainingOutcomeRoutes(api: ApiRouter): void {
  registerTrainingHistoryRoutes(api);
  registerTrainingEvaluationRoutes(api);
  registerParticipantDocumentRoutes(api);
}
