import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { promptInputSchema, promptUpdateSchema } from "../../shared/schemas/decisions";
import { audit } from "../audit/auditLog";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { VictimPrompt, type VictimPromptDocument } from "../models/VictimPrompt";
import { authorize } from "../policies";
import { ensurePromptLibrary } from "../prompts/promptLibrary";

type Change = { create: z.output<typeof promptInputSchema> } | { promptId: string; update: z.output<typeof promptUpdateSchema> };

/**
 * The secretariat curates the empty chair's prompt library (`prompt.manage`): adds a prompt in the
 * three languages, or changes one's texts, tags or whether it is active. Audited.
 */
export default async function promptCurator(props: { actor: ActingUser; change: Change }): Promise<VictimPromptDocument> {
  const { actor, change } = props;
  authorize(actor, "prompt.manage");
  if ("create" in change) {
    await ensurePromptLibrary();
    const prompt = await VictimPrompt.create({ ...change.create, key: `custom-${randomUUID()}`, updatedBy: actor.id });
    await audit({ action: "prompt.created", ...auditActor(actor), target: { type: "prompt", id: prompt.id, label: change.create.text.en.slice(0, 80) } });
    return prompt;
  }
  const prompt = await VictimPrompt.findById(change.promptId);
  if (!prompt) throw NotFound("This prompt was not found");
  const { update } = change;
  if (update.text) prompt.text = update.text;
  if (update.tags) prompt.tags = update.tags;
  if (update.active !== undefined) prompt.active = update.active;
  prompt.updatedBy = actor.id;
  await prompt.save();
  await audit({ action: "prompt.updated", ...auditActor(actor), target: { type: "prompt", id: prompt.id, label: (prompt.text?.en ?? "").slice(0, 80) }, details: { fields: Object.keys(update) } });
  return prompt;
}
