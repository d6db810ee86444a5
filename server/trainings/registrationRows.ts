import type { PresentedRegistration } from "../../shared/trainingTypes";
import { TrainingRegistration } from "../models/TrainingRegistration";
import { presentRegistration } from "../presenters/trainings";

/** A training's registrations that are not cancelled, sorted by country, discipline and name (the organisers' lists). */
export async function sortedRegistrations(trainingId: string): Promise<PresentedRegistration[]> {
  const all = await TrainingRegistration.find({ trainingId }).lean();
  return all
    .filter((r) => r.status !== "cancelled")
    .map((r) => presentRegistration(r, all))
    .sort((a, b) => a.country.localeCompare(b.country) || (a.discipline ?? "").localeCompare(b.discipline ?? "") || a.name.localeCompare(b.name));
}
