import { z } from "zod";
import { LANGUAGES } from "../../../shared/languages";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { agendaOperationSchema } from "../../../shared/schemas/meetings";
import { registrationInputSchema, trainingInputSchema, trainingUpdateSchema } from "../../../shared/schemas/trainings";
import type { PresentedRegistration, PresentedTraining, PresentedTrainingSummary } from "../../../shared/trainingTypes";
import { audit } from "../../audit/auditLog";
import { registrationCsv } from "../../trainings/registrationCsv";
import registrationCanceller from "../../commands/registrationCanceller";
import trainingCreator from "../../commands/trainingCreator";
import trainingRegistrar from "../../commands/trainingRegistrar";
import { programmeEditor, trainingUpdater } from "../../commands/trainingUpdater";
import { Conflict, NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { auditActor, type ActingUser } from "../../meetings/actingUser";
import { requireSignedIn } from "../../middlewares/authenticate";
import { Training } from "../../models/Training";
import { TrainingRegistration } from "../../models/TrainingRegistration";
import { authorize, can } from "../../policies";
import { presentRegistration, presentTraining, presentTrainingSummary } from "../../presenters/trainings";
import { signInSheetPdf } from "../../trainings/signInSheet";
import { certificatePdf } from "../../trainings/certificate";
import { loadTraining, trainingTarget, type TrainingRow } from "../../trainings/trainingStore";
import { sortedRegistrations } from "../../trainings/registrationRows";
import { actingUser } from "../meetings/context";

const trainingParams = z.object({ id: objectIdSchema });
const registrationParams = z.object({ id: objectIdSchema, registrationId: objectIdSchema });
const registrationsQuery = z.object({ format: z.enum(["json", "csv", "pdf"]).default("json"), language: z.enum(LANGUAGES).default("en") });

/** A training the actor may see (404 otherwise, drafts stay invisible). */
export async function readableTraining(actor: ActingUser, id: string): Promise<TrainingRow> {
  const training = await loadTraining(id);
  if (!can(actor, "training.read", trainingTarget(training))) throw NotFound("This training was not found");
  return training;
}

async function presentFull(actor: ActingUser, id: string): Promise<PresentedTraining> {
  const training = await readableTraining(actor, id);
  const registrations = await TrainingRegistration.find({ trainingId: id }).lean();
  const target = trainingTarget(training);
  return presentTraining(training, registrations, actor.id, {
    update: can(actor, "training.update", target),
    register: can(actor, "training.register", target),
    registrations: can(actor, "training.registrations", target),
  });
}

export function registerTrainingRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/trainings", summary: "Joint trainings, upcoming and past (drafts for organisers)", tag: "trainings", access: "signed in", before: [requireSignedIn] },
    async ({ req }): Promise<PresentedTrainingSummary[]> => {
      const actor = actingUser(req);
      const trainings = (await Training.find({}).limit(500).lean<TrainingRow[]>()).filter((t) => can(actor, "training.read", trainingTarget(t)));
      const registrations = await TrainingRegistration.find({ trainingId: { $in: trainings.map((t) => String(t._id)) } }).lean();
      return trainings
        .map((t) => presentTrainingSummary(t, registrations.filter((r) => r.trainingId === String(t._id))))
        .sort((a, b) => (b.days[0]?.date ?? "").localeCompare(a.days[0]?.date ?? ""));
    },
  );

  api.add(
    { method: "post", path: "/trainings", summary: "Announce a training", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], body: trainingInputSchema, status: 201 },
    async ({ body, req }): Promise<PresentedTraining> => {
      const actor = actingUser(req);
      const training = await trainingCreator({ actor, input: body });
      return presentFull(actor, training.id);
    },
  );

  api.add(
    { method: "get", path: "/trainings/:id", summary: "One training: programme, seats, one's own registrations", tag: "trainings", access: "who may see it", before: [requireSignedIn], params: trainingParams },
    ({ params, req }) => presentFull(actingUser(req), params.id),
  );

  api.add(
    { method: "patch", path: "/trainings/:id", summary: "Change a training (only what is sent)", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: trainingParams, body: trainingUpdateSchema },
    async ({ params, body, req }): Promise<PresentedTraining> => {
      const actor = actingUser(req);
      await readableTraining(actor, params.id);
      await trainingUpdater({ actor, trainingId: params.id, changes: body });
      return presentFull(actor, params.id);
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/programme", summary: "Change the programme with an agenda operation (add, update, remove, move)", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: trainingParams, body: agendaOperationSchema },
    async ({ params, body, req }): Promise<PresentedTraining> => {
      const actor = actingUser(req);
      await readableTraining(actor, params.id);
      await programmeEditor({ actor, trainingId: params.id, operation: body });
      return presentFull(actor, params.id);
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/registrations", summary: "Register oneself or a colleague without an account (a seat, or the waiting list)", tag: "trainings", access: "members while registration is open", before: [requireSignedIn], params: trainingParams, body: registrationInputSchema, status: 201 },
    async ({ params, body, req }): Promise<PresentedRegistration> => {
      const actor = actingUser(req);
      await readableTraining(actor, params.id);
      const created = await trainingRegistrar({ actor, trainingId: params.id, input: body });
      const all = await TrainingRegistration.find({ trainingId: params.id }).lean();
      return presentRegistration(created as never, all);
    },
  );

  api.add(
    { method: "delete", path: "/trainings/:id/registrations/:registrationId", summary: "Cancel a registration; the waiting list moves up", tag: "trainings", access: "who registered it, or an organiser", before: [requireSignedIn], params: registrationParams, status: 204 },
    async ({ params, req }) => {
      await registrationCanceller({ actor: actingUser(req), trainingId: params.id, registrationId: params.registrationId });
    },
  );

  api.add(
    { method: "put", path: "/trainings/:id/registrations/:registrationId/attendance", summary: "Mark attendance on the day", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: registrationParams, body: z.strictObject({ attended: z.boolean() }), status: 204 },
    async ({ params, body, req }) => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      authorize(actor, "training.markAttendance", trainingTarget(training));
      const registration = await TrainingRegistration.findById(params.registrationId).lean();
      if (!registration || registration.trainingId !== params.id) throw NotFound();
      if (registration.status !== "confirmed") throw Conflict("Only confirmed participants attend", "not_confirmed");
      await TrainingRegistration.updateOne({ _id: registration._id }, { $set: { attended: body.attended } });
      await audit({ action: "training.attendanceMarked", ...auditActor(actor), target: { type: "training", id: params.id, label: training.title }, details: { registration: params.registrationId, attended: body.attended } });
    },
  );

  api.add(
    { method: "get", path: "/trainings/:id/registrations/:registrationId/certificate", summary: "Certificate of attendance (PDF, in the participant's language)", tag: "trainings", access: "organisers, or who made the registration", before: [requireSignedIn], params: registrationParams, file: ["application/pdf"] },
    async ({ params, req, res }) => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      const registration = await TrainingRegistration.findById(params.registrationId).lean();
      if (!registration || registration.trainingId !== params.id) throw NotFound();
      authorize(actor, "registration.certificate", { registeredBy: registration.registeredBy });
      if (!registration.attended) throw Conflict("A certificate needs attendance marked on the day", "not_attended");
      const pdf = await certificatePdf(training, { name: registration.name, language: registration.language as "nl" });
      await audit({ action: "training.certificateIssued", ...auditActor(actor), target: { type: "training", id: params.id, label: training.title }, details: { registration: params.registrationId } });
      res.setHeader("Content-Type", "application/pdf");
      res.setHeader("Content-Disposition", `attachment; filename="certificate (INTERNAL).pdf"`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.send(pdf);
    },
  );

  api.add(
    { method: "get", path: "/trainings/:id/registrations", summary: "All registrations, by country and discipline (JSON, CSV, or a sign-in sheet as PDF)", tag: "trainings", access: "secretariat and chairs", before: [requireSignedIn], params: trainingParams, query: registrationsQuery },
    async ({ params, query, req, res }): Promise<PresentedRegistration[] | void> => {
      const actor = actingUser(req);
      const training = await readableTraining(actor, params.id);
      authorize(actor, "training.registrations", trainingTarget(training));
      const rows = await sortedRegistrations(params.id);
      await audit({ action: "training.registrationsListed", ...auditActor(actor), target: { type: "training", id: params.id, label: training.title }, details: { format: query.format } });
      if (query.format === "json") return rows;
      if (query.format === "pdf") {
        res.setHeader("Content-Type", "application/pdf");
        res.setHeader("Content-Disposition", `attachment; filename="sign-in sheet (RESTRICTED).pdf"`);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.send(await signInSheetPdf(training, rows, query.language));
        return;
      }
      const csv = registrationCsv(rows, query.language, { attended: false });
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="registrations (RESTRICTED).csv"`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.send(csv);
    },
  );
}
