import type { z } from "zod";
import type { pathwayUpdateSchema } from "../../shared/schemas/pathways";
import { audit } from "../audit/auditLog";
import { withLock } from "../db/claims";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { countryChanged, kindChanged, pathwayNotFound, staleVersion } from "../directory/directoryErrors";
import { requireActiveUsers } from "../directory/directoryUsers";
import { contentOf, normalisedContent, pathwayChanges, requireContactPoints, type StoredPathwayContent } from "../directory/pathwayContent";
import { Pathway, type PathwayDocument } from "../models/Pathway";
import { PathwayVersion } from "../models/PathwayVersion";
import { authorize } from "../policies";

/**
 * Writes a new version of a pathway under a per-pathway lock (no transactions, and conditional
 * updates are not atomic on FerretDB): the version the editor started from must still be the
 * current one, the version row is written first and then the pathway. A version row newer than the
 * pathway can only be left by a write that crashed in between: it is removed before writing again.
 */
async function writeVersion(props: { actor: DirectoryActor; pathwayId: string; basedOn: number | null; now: Date; next: (current: StoredPathwayContent) => StoredPathwayContent }): Promise<{ pathway: PathwayDocument; changes: string[] }> {
  return withLock(`pathway:${props.pathwayId}`, async () => {
    const pathway = await Pathway.findById(props.pathwayId);
    if (!pathway) throw pathwayNotFound();
    if (props.basedOn !== null && props.basedOn !== pathway.version) throw staleVersion();
    const before = contentOf(pathway as unknown as StoredPathwayContent);
    const after = props.next(before);
    const changes = pathwayChanges(before, after);
    if (changes.length === 0) return { pathway, changes };
    const version = pathway.version + 1;
    await PathwayVersion.deleteMany({ pathwayId: pathway.id, version: { $gte: version } });
    await PathwayVersion.create({ pathwayId: pathway.id, version, at: props.now, by: props.actor.id, byName: props.actor.name, changes, content: JSON.stringify(after) });
    pathway.set({ ...after, version, updatedBy: props.actor.id });
    await pathway.save();
    return { pathway, changes };
  });
}

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
  const { pathway, changes } = await writeVersion({ ...props, basedOn, next: (before) => ({ ...proposed, editorIds: before.editorIds }) });
  if (changes.length) await audit({ action: "pathway.updated", ...directoryAudit(actor), target: { type: "pathway", id: pathway.id, label: pathway.title }, details: { version: pathway.version, changes } });
  return pathway;
}

/** Names who may edit a pathway besides the secretariat (secretariat only); also a new version. */
export async function pathwayEditorsSetter(props: { actor: DirectoryActor; pathwayId: string; editorIds: string[]; now: Date }): Promise<PathwayDocument> {
  authorize(props.actor, "pathway.manageEditors");
  await requireActiveUsers(props.editorIds, "body.editorIds");
  const { pathway, changes } = await writeVersion({ ...props, basedOn: null, next: (before) => ({ ...before, editorIds: [...props.editorIds] }) });
  if (changes.length) await audit({ action: "pathway.editors_changed", ...directoryAudit(props.actor), target: { type: "pathway", id: pathway.id, label: pathway.title }, details: { editorIds: props.editorIds } });
  return pathway;
}
