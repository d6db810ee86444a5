import { brusselsLocalToInstant } from "../../shared/brusselsTime";
import { NotFound } from "../errors";
import type { ActingUser } from "../meetings/actingUser";
import { TrainingGroupSet, type TrainingGroupFields } from "../models/TrainingGroupSet";
import { TrainingRegistration, type RegistrationFields } from "../models/TrainingRegistration";
import { authorize, can } from "../policies";
import { loadTraining, trainingTarget, type TrainingRow } from "./trainingStore";

export type GroupRow = TrainingGroupFields;
export type ParticipantRow = RegistrationFields & { _id: { toString(): string } };

/** A training's groups (none yet: an empty list), by `_id` alone. */
export async function loadGroups(trainingId: string): Promise<GroupRow[]> {
  const set = await TrainingGroupSet.findById(trainingId).lean();
  return (set?.groups ?? []) as GroupRow[];
}

export async function saveGroups(trainingId: string, groups: Array<Omit<GroupRow, "_id"> & { _id?: unknown }>): Promise<void> {
  await TrainingGroupSet.updateOne({ _id: trainingId }, { $set: { groups } }, { upsert: true });
}

/** Who takes part in the groups: the confirmed participants (not the waiting list, not the cancelled). */
export async function groupParticipants(trainingId: string): Promise<ParticipantRow[]> {
  const all = await TrainingRegistration.find({ trainingId }).lean<ParticipantRow[]>();
  return all.filter((r) => r.status === "confirmed").sort((a, b) => a.seq - b.seq);
}

/** The training, for an organiser who may work with its groups (404 for a draft they cannot see, 403 otherwise). */
export async function trainingForGroups(actor: ActingUser, trainingId: string): Promise<TrainingRow> {
  const training = await loadTraining(trainingId);
  const target = trainingTarget(training);
  if (!can(actor, "training.read", target)) throw NotFound("This training was not found");
  authorize(actor, "training.groups", target);
  return training;
}

export function findGroup(groups: readonly GroupRow[], groupId: string): GroupRow {
  const group = groups.find((g) => String(g._id) === groupId);
  if (!group) throw NotFound("This group was not found");
  return group;
}

/** The last day has ended (Brussels time): the groups' results may become good-practice drafts. */
export function trainingOver(training: Pick<TrainingRow, "days">, now = new Date()): boolean {
  const last = [...training.days].sort((a, b) => `${a.date}T${a.endTime}`.localeCompare(`${b.date}T${b.endTime}`)).at(-1);
  return last ? brusselsLocalToInstant(`${last.date}T${last.endTime}`).getTime() <= now.getTime() : false;
}
