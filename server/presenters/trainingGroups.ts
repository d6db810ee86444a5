import type { Discipline } from "../../shared/directory";
import type { PresentedGroupMember, PresentedTrainingGroups } from "../../shared/trainingGroups";
import type { TrainingCountry } from "../../shared/trainings";
import type { GroupRow, ParticipantRow } from "../trainings/groupStore";

const member = (r: ParticipantRow): PresentedGroupMember => ({
  registrationId: String(r._id),
  name: r.name,
  organisation: r.organisation ?? "",
  country: r.country as TrainingCountry,
  discipline: (r.discipline ?? null) as Discipline | null,
  hasAccount: r.userId != null,
});

/** The groups with their confirmed members; participants who cancelled drop out of view. */
export function presentTrainingGroups(trainingId: string, groups: readonly GroupRow[], participants: readonly ParticipantRow[], trainingOver: boolean): PresentedTrainingGroups {
  const byId = new Map(participants.map((p) => [String(p._id), p]));
  const placed = new Set(groups.flatMap((g) => g.registrationIds));
  return {
    trainingId,
    groups: [...groups]
      .sort((a, b) => a.number - b.number)
      .map((g) => ({
        id: String(g._id),
        number: g.number,
        members: g.registrationIds.flatMap((id) => (byId.has(id) ? [member(byId.get(id)!)] : [])),
        caseDocumentId: g.caseDocumentId ?? null,
        goodPracticeDocumentId: g.goodPracticeDocumentId ?? null,
      })),
    unassigned: participants.filter((p) => !placed.has(String(p._id))).map(member),
    trainingOver,
  };
}
