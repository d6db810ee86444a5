import type { z } from "zod";
import { applyAgendaOperation } from "../../shared/agenda";
import type { AgendaEntry } from "../../shared/meetingTypes";
import type { ParsedAgendaOperation } from "../../shared/schemas/meetings";
import type { trainingUpdateSchema } from "../../shared/schemas/trainings";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Training } from "../models/Training";
import { TrainingRegistration } from "../models/TrainingRegistration";
import { moveWaitingListUp } from "../trainings/waitingList";
import { authorize } from "../policies";
import { loadTraining, trainingTarget } from "../trainings/trainingStore";
import { Types } from "mongoose";

/** Changes what is sent (title, dates, capacity, status…). Capacity changes do not unseat anyone. */
export async function trainingUpdater(props: { actor: ActingUser; trainingId: string; changes: z.output<typeof trainingUpdateSchema> }) {
  const training = await loadTraining(props.trainingId);
  authorize(props.actor, "training.update", trainingTarget(training));
  const { registrationDeadline, ...rest } = props.changes;
  const set = { ...rest, ...(registrationDeadline ? { registrationDeadline: new Date(registrationDeadline) } : {}) };
  await withLock(`training:${training._id}`, async () => {
    await Training.updateOne({ _id: training._id }, { $set: set });
    // More seats (in total or for a country) go to the waiting list at once.
    if (set.capacity !== undefined || set.capacityPerCountry !== undefined) {
      await moveWaitingListUp(await loadTraining(props.trainingId), await TrainingRegistration.find({ trainingId: String(training._id) }).lean());
    }
  });
  await audit({ action: "training.updated", ...auditActor(props.actor), target: { type: "training", id: String(training._id), label: training.title }, details: { fields: Object.keys(set) } });
}

/**
 * One change to the programme, with the agenda's own operations (add, update, remove, move), under
 * the training's lock so concurrent edits apply one after the other.
 */
export async function programmeEditor(props: { actor: ActingUser; trainingId: string; operation: ParsedAgendaOperation }): Promise<AgendaEntry[]> {
  const first = await loadTraining(props.trainingId);
  authorize(props.actor, "training.update", trainingTarget(first));
  return withLock(`training-programme:${first._id}`, async () => {
    const training = await loadTraining(props.trainingId);
    const applied = applyAgendaOperation(training.programme as AgendaEntry[], props.operation, () => new Types.ObjectId().toHexString());
    if (typeof applied === "string") throw Conflict(applied === "agenda_full" ? "The programme is full" : "This session is no longer on the programme", applied);
    await Training.updateOne({ _id: training._id }, { $set: { programme: applied.entries } });
    await audit({ action: "training.programmeChanged", ...auditActor(props.actor), target: { type: "training", id: String(training._id), label: training.title }, details: { op: props.operation.op, entry: applied.entry.id } });
    return applied.entries;
  });
}
