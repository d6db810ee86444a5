import { z } from "zod";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { groupCaseSchema, groupMoveSchema, groupProposalSchema } from "../../../shared/schemas/trainingGroups";
import type { PresentedMyGroup, PresentedTrainingGroups } from "../../../shared/trainingGroups";
import trainingGroupCaseCreator from "../../commands/trainingGroupCaseCreator";
import trainingGroupMover from "../../commands/trainingGroupMover";
import trainingGroupPracticeDrafter from "../../commands/trainingGroupPracticeDrafter";
import trainingGroupProposer from "../../commands/trainingGroupProposer";
import { collaborationHub } from "../../documents/documentState";
import type { ApiRouter } from "../../http/apiRouter";
import type { ActingUser } from "../../meetings/actingUser";
import { requireSignedIn } from "../../middlewares/authenticate";
import { presentTrainingGroups } from "../../presenters/trainingGroups";
import { groupParticipants, loadGroups, trainingForGroups, trainingOver } from "../../trainings/groupStore";
import { loadTraining, trainingTarget } from "../../trainings/trainingStore";
import { can } from "../../policies";
import { NotFound } from "../../errors";
import { actingUser } from "../meetings/context";

const trainingParams = z.object({ id: objectIdSchema });
const groupParams = z.object({ id: objectIdSchema, groupId: objectIdSchema });
const access = "secretariat and chairs";

async function present(actor: ActingUser, trainingId: string): Promise<PresentedTrainingGroups> {
  const training = await trainingForGroups(actor, trainingId);
  return presentTrainingGroups(trainingId, await loadGroups(trainingId), await groupParticipants(trainingId), trainingOver(training));
}

/** Mixed groups on cases (issue 14, item 4): propose, adjust by hand, a case per group, good-practice drafts. */
export function registerTrainingGroupRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/trainings/:id/groups", summary: "The mixed groups, their members and cases, and who is in no group", tag: "trainings", access, before: [requireSignedIn], params: trainingParams },
    ({ params, req }) => present(actingUser(req), params.id),
  );

  api.add(
    { method: "get", path: "/trainings/:id/groups/mine", summary: "The group (and its case) of one's own registration, if any", tag: "trainings", access: "who may see the training", before: [requireSignedIn], params: trainingParams },
    async ({ params, req }): Promise<PresentedMyGroup[]> => {
      const actor = actingUser(req);
      const training = await loadTraining(params.id);
      if (!can(actor, "training.read", trainingTarget(training))) throw NotFound("This training was not found");
      const mine = new Set((await groupParticipants(params.id)).filter((p) => p.userId === actor.id).map((p) => String(p._id)));
      return (await loadGroups(params.id))
        .filter((g) => g.registrationIds.some((id) => mine.has(id)))
        .map((g) => ({ number: g.number, caseDocumentId: g.caseDocumentId ?? null }));
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/groups/proposal", summary: "Propose groups balanced by country and discipline (replaces the groups; refused once a case exists)", tag: "trainings", access, before: [requireSignedIn], params: trainingParams, body: groupProposalSchema },
    async ({ params, body, req }) => {
      const actor = actingUser(req);
      await trainingGroupProposer({ actor, trainingId: params.id, groupCount: body.groupCount });
      return present(actor, params.id);
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/groups/moves", summary: "Move a participant into a group, or out of every group (groupId null)", tag: "trainings", access, before: [requireSignedIn], params: trainingParams, body: groupMoveSchema },
    async ({ params, body, req }) => {
      const actor = actingUser(req);
      await trainingGroupMover({ actor, hub: collaborationHub(req), trainingId: params.id, registrationId: body.registrationId, groupId: body.groupId });
      return present(actor, params.id);
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/groups/:groupId/case", summary: "Give the group its case: a restricted document from the case exercise template", tag: "trainings", access, before: [requireSignedIn], params: groupParams, body: groupCaseSchema, status: 201 },
    async ({ params, body, req }) => {
      const actor = actingUser(req);
      await trainingGroupCaseCreator({ actor, trainingId: params.id, groupId: params.groupId, language: body.language });
      return present(actor, params.id);
    },
  );

  api.add(
    { method: "post", path: "/trainings/:id/groups/:groupId/good-practice", summary: "After the training: copy the group's case into a new good-practice draft", tag: "trainings", access, before: [requireSignedIn], params: groupParams, status: 201 },
    async ({ params, req }) => {
      const actor = actingUser(req);
      await trainingGroupPracticeDrafter({ actor, hub: collaborationHub(req), trainingId: params.id, groupId: params.groupId });
      return present(actor, params.id);
    },
  );
}
