import { Types } from "mongoose";
import { proposeGroups } from "../../shared/trainingGroups";
import type { Discipline } from "../../shared/directory";
import type { TrainingCountry } from "../../shared/trainings";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { groupParticipants, loadGroups, saveGroups, trainingForGroups } from "../trainings/groupStore";

/**
 * Proposes balanced groups from the confirmed participants (the shared, deterministic algorithm)
 * and stores them, replacing the current groups. Refused once a group has its case: from then on
 * participants are moved by hand, so nobody loses a case they are writing.
 */
export default async function trainingGroupProposer(props: { actor: ActingUser; trainingId: string; groupCount: number }): Promise<void> {
  const training = await trainingForGroups(props.actor, props.trainingId);
  await withLock(`training-groups:${props.trainingId}`, async () => {
    if ((await loadGroups(props.trainingId)).some((g) => g.caseDocumentId)) throw Conflict("The groups have their cases; move participants by hand instead", "cases_created");
    const participants = await groupParticipants(props.trainingId);
    if (participants.length === 0) throw Conflict("No confirmed participants to put in groups", "no_participants");
    const proposal = proposeGroups(
      participants.map((p) => ({ id: String(p._id), country: p.country as TrainingCountry, discipline: (p.discipline ?? null) as Discipline | null, seq: p.seq })),
      props.groupCount,
    );
    await saveGroups(
      props.trainingId,
      proposal.map((registrationIds, i) => ({ _id: new Types.ObjectId(), number: i + 1, registrationIds, caseDocumentId: null, goodPracticeDocumentId: null })),
    );
    await audit({ action: "training.groupsProposed", ...auditActor(props.actor), target: { type: "training", id: props.trainingId, label: training.title }, details: { groups: proposal.length, participants: participants.length } });
  });
}
