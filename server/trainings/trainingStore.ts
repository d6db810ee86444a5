import mongoose from "mongoose";
import { registrationOpen, type TrainingStatus } from "../../shared/trainings";
import { NotFound } from "../errors";
import { Training, type TrainingFields } from "../models/Training";
import type { TrainingTarget } from "../policies/trainings";

export type TrainingRow = TrainingFields & { _id: mongoose.Types.ObjectId };

/** A training by `_id` alone (the filter FerretDB hands to SQLite). */
export async function loadTraining(id: string): Promise<TrainingRow> {
  if (!/^[0-9a-f]{24}$/.test(id)) throw NotFound("This training was not found");
  const training = await Training.findById(id).lean<TrainingRow>();
  if (!training) throw NotFound("This training was not found");
  return training;
}

export function trainingTarget(training: Pick<TrainingRow, "status" | "registrationDeadline">): TrainingTarget {
  const status = training.status as TrainingStatus;
  return { status, registrationOpen: registrationOpen({ status, registrationDeadline: training.registrationDeadline }) };
}
