import type { Classification } from "../../shared/documents";
import { documentPolicies, type DocumentAccessFacts } from "./documents";
import { meetingPolicies, type MeetingTarget } from "./meetings";
import { trainingPolicies, type TrainingTarget } from "./trainings";
import { allow, type Actor } from "./types";

/** What a file is attached to, with the facts that thing's own policy needs. */
export type AttachmentParent =
  | { kind: "document"; facts: DocumentAccessFacts }
  | { kind: "meeting"; facts: MeetingTarget }
  | { kind: "training"; facts: TrainingTarget };

export interface AttachmentTarget {
  parent: AttachmentParent;
  classification: Classification;
  createdBy: string;
}

/** Downloads and lists follow the policy of what the file is attached to. */
function parentReadable(actor: Actor, parent: AttachmentParent): boolean {
  if (parent.kind === "document") return documentPolicies["document.read"](actor, parent.facts);
  if (parent.kind === "meeting") return meetingPolicies["meeting.read"](actor, parent.facts);
  return trainingPolicies["training.read"](actor, parent.facts);
}

function parentWritable(actor: Actor, parent: AttachmentParent): boolean {
  if (parent.kind === "document") return documentPolicies["document.update"](actor, parent.facts);
  if (parent.kind === "meeting") return meetingPolicies["meeting.update"](actor, parent.facts);
  return trainingPolicies["training.update"](actor, parent.facts);
}

const organises = (actor: Actor, parent: AttachmentParent) => actor.role === "secretariat" || (parent.kind !== "document" && actor.role === "chair");

/**
 * The classification narrows further, as for documents: observers only get public files; restricted
 * files go to the uploader, the people named on the document and the organisers.
 */
function classificationAllows(actor: Actor, file: AttachmentTarget): boolean {
  if (file.classification === "public") return true;
  if (actor.role === "observer") return false;
  if (file.classification === "internal") return true;
  if (actor.id === file.createdBy || organises(actor, file.parent)) return true;
  return file.parent.kind === "document" && file.parent.facts.memberIds.includes(actor.id);
}

export const attachmentPolicies = {
  "attachment.list": allow<AttachmentParent>(parentReadable),
  "attachment.read": allow<AttachmentTarget>((actor, file) => parentReadable(actor, file.parent) && classificationAllows(actor, file)),
  "attachment.upload": allow<AttachmentParent>(parentWritable),
  /** New versions, classification, deletion: the uploader or an organiser, while the parent is writable. */
  "attachment.manage": allow<AttachmentTarget>(
    (actor, file) => parentWritable(actor, file.parent) && classificationAllows(actor, file) && (actor.id === file.createdBy || organises(actor, file.parent)),
  ),
};
