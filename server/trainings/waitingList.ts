import { TrainingRegistration, type RegistrationFields } from "../models/TrainingRegistration";
import { promotions } from "./seats";
import type { TrainingRow } from "./trainingStore";

type Row = RegistrationFields & { _id: unknown };

/** Confirms whoever fits now from the waiting list (call under the training's lock); returns their ids. */
export async function moveWaitingListUp(training: Pick<TrainingRow, "capacity" | "capacityPerCountry">, registrations: readonly Row[]): Promise<string[]> {
  const moved = promotions(training, registrations);
  for (const next of moved) await TrainingRegistration.updateOne({ _id: next._id }, { $set: { status: "confirmed" } });
  return moved.map((r) => String(r._id));
}
