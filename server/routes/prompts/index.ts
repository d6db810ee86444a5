import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PresentedPrompt } from "../../../shared/meetingTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { promptInputSchema, promptUpdateSchema } from "../../../shared/schemas/decisions";
import { audit } from "../../audit/auditLog";
import { auditContext } from "../../auth/signIn";
import { NotFound } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { currentUser, requireSignedIn } from "../../middlewares/authenticate";
import { VictimPrompt } from "../../models/VictimPrompt";
import { authorize, can } from "../../policies";
import { presentPrompt } from "../../presenters/records";
import { ensurePromptLibrary } from "../../prompts/promptLibrary";

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
      authorize(currentUser(req), "prompt.manage");
      await ensurePromptLibrary();
      const prompt = await VictimPrompt.create({ ...body, key: `custom-${randomUUID()}`, updatedBy: currentUser(req).id });
      await audit({ action: "prompt.created", ...auditContext(req), target: { type: "prompt", id: prompt.id, label: body.text.en.slice(0, 80) } });
      return presentPrompt(prompt);
    },
  );

  api.add(
    { method: "patch", path: "/prompts/:id", summary: "Change a prompt's texts or tags, or make it (in)active", tag: "prompts", access: "secretariat", before, params: idParams, body: promptUpdateSchema },
    async ({ params, body, req }): Promise<PresentedPrompt> => {
      authorize(currentUser(req), "prompt.manage");
      const prompt = await VictimPrompt.findById(params.id);
      if (!prompt) throw NotFound("This prompt was not found");
      if (body.text) prompt.text = body.text;
      if (body.tags) prompt.tags = body.tags;
      if (body.active !== undefined) prompt.active = body.active;
      prompt.updatedBy = currentUser(req).id;
      await prompt.save();
      await audit({ action: "prompt.updated", ...auditContext(req), target: { type: "prompt", id: prompt.id, label: (prompt.text?.en ?? "").slice(0, 80) }, details: { fields: Object.keys(body) } });
      return presentPrompt(prompt);
    },
  );
}
