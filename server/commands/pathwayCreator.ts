import type { z } from "zod";
import type { pathwayCreateSchema } from "../../shared/schemas/pathways";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { nationalPathwayExists } from "../directory/directoryErrors";
import { requireActiveUsers } from "../directory/directoryUsers";
import { normalisedContent, requireContactPoints } from "../directory/pathwayContent";
import { Pathway, type PathwayDocument } from "../models/Pathway";
import { PathwayVersion } from "../models/PathwayVersion";
import { authorize } from "../policies";

/**
 * Creates a referral pathway (secretariat): a country's national mechanism — one per country, made
 * under a lock so two at once cannot both succeed — or a cross-border pathway. Version 1 is kept.
 */
export default async function pathwayCreator(props: { actor: DirectoryActor; input: z.output<typeof pathwayCreateSchema>; now: Date }): Promise<PathwayDocument> {
  const { actor, input, now } = props;
  authorize(actor, "pathway.create");
  await requireActiveUsers(input.editorIds, "body.editorIds");
  const content = normalisedContent(input, input.editorIds);
  await requireContactPoints(content);
  const create = async () => {
    if (content.kind === "national" && (await Pathway.exists({ kind: "national", country: content.country }))) throw nationalPathwayExists();
    const pathway = await Pathway.create({ ...content, version: 1, createdBy: actor.id, updatedBy: actor.id });
    await PathwayVersion.create({ pathwayId: pathway.id, version: 1, at: now, by: actor.id, byName: actor.name, changes: ["created"], content: JSON.stringify(content) });
    return pathway;
  };
  const pathway = content.kind === "national" ? await withLock(`national-pathway:${content.country}`, create) : await create();
  await audit({ action: "pathway.created", ...directoryAudit(actor), target: { type: "pathway", id: pathway.id, label: pathway.title }, details: { kind: pathway.kind } });
  return pathway;
}
