import type { z } from "zod";
import type { trainingInputSchema } from "../../shared/schemas/trainings";
import { audit } from "../audit/auditLog";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Training } from "../models/Training";
import { authorize } from "../policies";

export default async function trainingCreator(props: { actor: ActingUser; input: z.output<typeof trainingInputSchema> }) {
  authorize(props.actor, "training.create");
  const training = await Training.create({ ...props.input, registrationDeadline: new Date(props.input.registrationDeadline), createdBy: props.actor.id });
  await audit({ action: "training.created", ...auditActor(props.actor), target: { type: "training", id: training.id, label: training.title } });
  return training;
}
