import { z } from "zod";
import type { PresentedPrompt } from "../../../shared/meetingTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { promptInputSchema, promptUpdateSchema } from "../../../shared/schemas/decisions";
import promptCurator from "../../commands/promptCurator";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { VictimPrompt } from "../../models/VictimPrompt";
import { authorize, can } from "../../policies";
import { presentPrompt } from "../../presenters/records";
import { ensurePromptLibrary } from "../../prompts/promptLibrary";
import { actingUser } from "../meetings/context";

const before = [requireSignedIn];
const idParams = z.object({ id: objectIdSchema });

/** The empty chair's prompt library: everyone reads the active prompts; the secretariat curates. */
export function registerPromptRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/prompts", summary: "Victim-perspective prompts (active ones; all of them for the secretariat)", tag: "prompts", access: "signed in", before },
    async ({ req }): Promise<PresentedPrompt[]> => {
      const user = currentUser(req);
      authorize(user, "prompt.read");
      await ensurePromptLibrary();
      const filter = can(user, "prompt.manage") ? {} : { active: true };
      return (await VictimPrompt.find(filter).sort({ createdAt: 1, key: 1 }).limit(1000)).map(presentPrompt);
    },
  );

  api.add(
    { method: "post", path: "/prompts", summary: "Add a prompt in Dutch, French and English", tag: "prompts", access: "secretariat", before, body: promptInputSchema, status: 201 },
    async ({ body, req }): Promise<PresentedPrompt> => {
      return presentPrompt(await promptCurator({ actor: actingUser(req), change: { create: body } }));
    },
  );

  api.add(
    { method: "patch", path: "/prompts/:id", summary: "Change a prompt's texts or tags, or make it (in)active", tag: "prompts", access: "secretariat", before, params: idParams, body: promptUpdateSchema },
    async ({ params, body, req }): Promise<PresentedPrompt> => {
      return presentPrompt(await promptCurator({ actor: actingUser(req), change: { promptId: params.id, update: body } }));
    },
  );
}
