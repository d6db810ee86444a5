import type { RegistrationInput } from "../../shared/schemas/trainings";
import { TRAINING_LIMITS } from "../../shared/trainings";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { domainEvents } from "../domainEvents";
import { Conflict } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { TrainingRegistration, type RegistrationFields } from "../models/TrainingRegistration";
import { authorize } from "../policies";
import { hasSeat } from "../trainings/seats";
import { loadTraining, trainingTarget } from "../trainings/trainingStore";

/**
 * Registers the actor, or a colleague of theirs without an account. A seat if one is free (in total
 * and in the country's quota), else the waiting list. Under the training's lock: FerretDB's
 * conditional updates are not atomic, so two last-seat registrations must not both win.
 */
export default async function trainingRegistrar(props: { actor: ActingUser; trainingId: string; input: RegistrationInput & { forColleague: boolean; name: string } }): Promise<RegistrationFields & { _id: unknown }> {
  const { actor, input } = props;
  const training = await loadTraining(props.trainingId);
  authorize(actor, "training.register", trainingTarget(training));
  return withLock(`training:${training._id}`, async () => {
    const registrations = await TrainingRegistration.find({ trainingId: String(training._id) }).lean();
    if (registrations.length >= TRAINING_LIMITS.registrationsMax) throw Conflict("This training takes no more registrations", "registrations_full");
    if (!input.forColleague && registrations.some((r) => r.userId === actor.id && r.status !== "cancelled")) {
      throw Conflict("You are already registered for this training", "already_registered");
    }
    const status = hasSeat(training, registrations, input.country) ? "confirmed" : "waiting";
    const created = await TrainingRegistration.create({
      trainingId: String(training._id),
      registeredBy: actor.id,
      userId: input.forColleague ? null : actor.id,
      name: input.forColleague ? input.name : actor.name,
      organisation: input.organisation ?? "",
      country: input.country,
      discipline: input.discipline ?? null,
      language: input.language,
      needs: input.needs ?? "",
      status,
      seq: Math.max(0, ...registrations.map((r) => r.seq)) + 1,
    });
    if (status === "confirmed") domainEvents.emit("training.seated", { trainingId: String(training._id), registrationIds: [created.id], how: "registered" });
    await audit({ action: "training.registered", ...auditActor(actor), target: { type: "training", id: String(training._id), label: training.title }, details: { registration: created.id, status, colleague: input.forColleague } });
    return created.toObject();
  });
}
