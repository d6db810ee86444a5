import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { TrainingRegistration } from "../models/TrainingRegistration";
import { authorize, can } from "../policies";
import { moveWaitingListUp } from "../trainings/waitingList";
import { loadTraining, trainingTarget } from "../trainings/trainingStore";

/** Cancels a registration; the waiting list moves up at once, in order of arrival. Returns who moved up. */
export default async function registrationCanceller(props: { actor: ActingUser; trainingId: string; registrationId: string }): Promise<string[]> {
  const { actor } = props;
  const training = await loadTraining(props.trainingId);
  if (!can(actor, "training.read", trainingTarget(training))) throw NotFound();
  return withLock(`training:${training._id}`, async () => {
    const registrations = await TrainingRegistration.find({ trainingId: String(training._id) }).lean();
    const registration = registrations.find((r) => String(r._id) === props.registrationId && r.status !== "cancelled");
    if (!registration) throw NotFound();
    authorize(actor, "registration.cancel", { registeredBy: registration.registeredBy });
    await TrainingRegistration.updateOne({ _id: registration._id }, { $set: { status: "cancelled", cancelledAt: new Date() } });
    registration.status = "cancelled";
    const moved = await moveWaitingListUp(training, registrations);
    await audit({
      action: "training.registrationCancelled",
      ...auditActor(actor),
      target: { type: "training", id: String(training._id), label: training.title },
      details: { registration: props.registrationId, movedUp: moved },
    });
    return moved;
  });
}
