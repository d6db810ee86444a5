import { organisesTrainings } from "../../shared/trainings";
import type { TrainingTarget } from "./trainings";
import { allow } from "./types";

/**
 * Mixed groups on cases: only the organisers (the secretariat and the chairs) see the groups with
 * names, propose them, move participants and create the cases and good-practice drafts. Members
 * reach their group's case through the document's own access (they are named on it).
 */
export const trainingGroupPolicies = {
  "training.groups": allow<TrainingTarget>((actor) => organisesTrainings(actor.role)),
};
