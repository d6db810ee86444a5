import { withLock } from "../db/claims";
import { Pathway, type PathwayDocument } from "../models/Pathway";
import { PathwayVersion } from "../models/PathwayVersion";
import type { DirectoryActor } from "./directoryActor";
import { pathwayNotFound, staleVersion } from "./directoryErrors";
import { contentOf, pathwayChanges, type StoredPathwayContent } from "./pathwayContent";

/**
 * Writes a new version of a pathway under a per-pathway lock (no transactions, and conditional
 * updates are not atomic on FerretDB): the version the editor started from must still be the
 * current one, the version row is written first and then the pathway. A version row newer than the
 * pathway can only be left by a write that crashed in between: it is removed before writing again.
 */
export async function pathwayVersionWriter(props: { actor: DirectoryActor; pathwayId: string; basedOn: number | null; now: Date; next: (current: StoredPathwayContent) => StoredPathwayContent }): Promise<{ pathway: PathwayDocument; changes: string[] }> {
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

