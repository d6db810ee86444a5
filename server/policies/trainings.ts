import { organisesTrainings, type TrainingStatus } from "../../shared/trainings";
import { allow, type Actor } from "./types";

export interface TrainingTarget {
  status: TrainingStatus;
  /** Registration is open (published, before the deadline). */
  registrationOpen: boolean;
}

/** The secretariat and the chairs organise trainings and see drafts. */
const isOrganiser = (actor: Actor) => organisesTrainings(actor.role);
const mayRead = (actor: Actor, training: TrainingTarget) => isOrganiser(actor) || training.status !== "draft";

export const trainingPolicies = {
  "training.create": allow(isOrganiser),
  "training.read": allow<TrainingTarget>(mayRead),
  "training.update": allow<TrainingTarget>((actor) => isOrganiser(actor)),
  /** Members register themselves or colleagues of their organisation; observers only read. */
  "training.register": allow<TrainingTarget>((actor, training) => actor.role !== "observer" && mayRead(actor, training) && training.registrationOpen),
  /** Lists per country and discipline, with names and needs. */
  "training.registrations": allow<TrainingTarget>((actor) => isOrganiser(actor)),
  "training.markAttendance": allow<TrainingTarget>((actor) => isOrganiser(actor)),
  /** A certificate of attendance: the organisers, or whoever made the registration. */
  "registration.certificate": allow<{ registeredBy: string }>((actor, registration) => isOrganiser(actor) || registration.registeredBy === actor.id),
  /** Cancelling a registration: whoever made it, or an organiser. */
  "registration.cancel": allow<{ registeredBy: string }>((actor, registration) => isOrganiser(actor) || registration.registeredBy === actor.id),
};
