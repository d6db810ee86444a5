import { domainEvents } from "../domainEvents";
import { TrainingRegistration, type RegistrationFields } from "../models/TrainingRegistration";
import { promotions } from "./seats";
import type { TrainingRow } from "./trainingStore";

type Row = RegistrationFields & { _id: unknown };

/** Confirms whoever fits now from the waiting list (call under the training's lock); returns their ids. */
export async function moveWaitingListUp(training: Pick<TrainingRow, "_id" | "capacity" | "capacityPerCountry">, registrations: readonly Row[]): Promise<string[]> {
  const moved = promotions(training, registrations);
  for (const next of moved) await TrainingRegistration.updateOne({ _id: next._id }, { $set: { status: "confirmed" } });
  const ids = moved.map((r) => String(r._id));
  if (ids.length > 0) domainEvents.emit("training.seated", { trainingId: String(training._id), registrationIds: ids, how: "movedUp" });
  return ids;
}
