import trainingGroupCaseCreator from "../../server/commands/trainingGroupCaseCreator";
import trainingGroupProposer from "../../server/commands/trainingGroupProposer";
import { loadGroups } from "../../server/trainings/groupStore";
import type { UserDocument } from "../../server/models/User";

/** The 2016 shelter-staff day worked in mixed groups on fictitious cases: two groups, each with its case (in Dutch). */
export async function seedTrainingGroups(trainingId: string, secretariat: UserDocument): Promise<void> {
  const actor = { id: secretariat.id as string, name: secretariat.name, role: "secretariat" as const, active: true };
  await trainingGroupProposer({ actor, trainingId, groupCount: 2 });
  for (const group of await loadGroups(trainingId)) {
    await trainingGroupCaseCreator({ actor, trainingId, groupId: String(group._id), language: "nl" });
  }
}
