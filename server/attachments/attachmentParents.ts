import type { AttachmentTargetKind } from "../../shared/attachments";
import type { Classification } from "../../shared/documents";
import { DEFAULT_ATTACHMENT_CLASSIFICATION } from "../../shared/attachments";
import { accessFacts, findDocument } from "../documents/documentAccess";
import { NotFound } from "../errors";
import { loadMeeting, meetingTarget } from "../meetings/meetingStore";
import { can, type Actor } from "../policies";
import type { AttachmentParent } from "../policies/attachments";
import { loadTraining, trainingTarget } from "../trainings/trainingStore";

export interface LoadedParent {
  parent: AttachmentParent;
  label: string;
  /** A new file's classification when the uploader does not choose one (a document's own). */
  defaultClassification: Classification;
}

/**
 * What a file is attached to, if the actor may see it (otherwise 404, as for the thing itself).
 * An item id must name an agenda item of the meeting or a session of the training's programme.
 */
export async function loadParent(actor: Actor, kind: AttachmentTargetKind, id: string, itemId?: string | null): Promise<LoadedParent> {
  const loaded = await load(kind, id, itemId ?? null);
  if (!can(actor, "attachment.list", loaded.parent)) throw NotFound();
  return loaded;
}

async function load(kind: AttachmentTargetKind, id: string, itemId: string | null): Promise<LoadedParent> {
  if (kind === "document") {
    const record = await findDocument(id);
    if (!record || itemId) throw NotFound();
    return { parent: { kind, facts: accessFacts(record) }, label: record.title, defaultClassification: record.classification as Classification };
  }
  if (kind === "meeting") {
    const meeting = await loadMeeting(id);
    if (itemId && !(meeting.agenda ?? []).some((e) => e.id === itemId)) throw NotFound();
    return { parent: { kind, facts: meetingTarget(meeting) }, label: meeting.title, defaultClassification: DEFAULT_ATTACHMENT_CLASSIFICATION };
  }
  const training = await loadTraining(id);
  if (itemId && !(training.programme ?? []).some((e) => e.id === itemId)) throw NotFound();
  return { parent: { kind, facts: trainingTarget(training) }, label: training.title, defaultClassification: DEFAULT_ATTACHMENT_CLASSIFICATION };
}
