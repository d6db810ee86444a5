import type { z } from "zod";
import type { pathwayUpdateSchema } from "../../shared/schemas/pathways";
import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { countryChanged, kindChanged, pathwayNotFound } from "../directory/directoryErrors";
import { normalisedContent, requireContactPoints } from "../directory/pathwayContent";
import { pathwayVersionWriter } from "../directory/pathwayVersions";
import { Pathway, type PathwayDocument } from "../models/Pathway";
import { authorize } from "../policies";

/** Changes a pathway's content: the secretariat and its named editors. */
export default async function pathwayUpdater(props: { actor: DirectoryActor; pathwayId: string; input: z.output<typeof pathwayUpdateSchema>; now: Date }): Promise<PathwayDocument> {
  const { actor, input } = props;
  const current = await Pathway.findById(props.pathwayId, { editorIds: 1, kind: 1, country: 1 }).lean();
  if (!current) throw pathwayNotFound();
  authorize(actor, "pathway.update", { editorIds: current.editorIds ?? [] });
  if (input.kind !== current.kind) throw kindChanged();
  if (input.kind === "national" && input.country !== current.country) throw countryChanged();
  const { version: basedOn, ...content } = input;
  const proposed = normalisedContent(content, current.editorIds ?? []);
  await requireContactPoints(proposed);
  const { pathway, changes } = await pathwayVersionWriter({ ...props, basedOn, next: (before) => ({ ...proposed, editorIds: before.editorIds }) });
  if (changes.length) await audit({ action: "pathway.updated", ...directoryAudit(actor), target: { type: "pathway", id: pathway.id, label: pathway.title }, details: { version: pathway.version, changes } });
  return pathway;
}
