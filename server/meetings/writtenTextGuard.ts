import type { PresentedFinding } from "../../shared/types";
import { audit } from "../audit/auditLog";
import { findingSummary, personalDataFindings } from "../documents/personalDataFindings";
import { HttpError } from "../errors";
import type { FindingAcknowledgement } from "../models/findingAcknowledgement";
import { auditActor, type ActingUser } from "./actingUser";

/** A piece of text someone wrote, named by the input field it came from ("victimNote.text"). */
export interface WrittenText {
  field: string;
  text: string | null | undefined;
}

export type FieldFinding = PresentedFinding & { field: string };

/**
 * The personal-data guard for what people write outside documents (decisions and their victim notes,
 * action items, agenda item descriptions), with the same shared detector. A finding passes only
 * when it was acknowledged before or is acknowledged now (its key in `acknowledgedKeys`); otherwise
 * the write is refused with 422 `personal_data_found` listing each finding (field, kind, masked
 * value, reason). Returns the acknowledgements to store: the still-relevant old ones and the new.
 * `exemptKeys`: findings that do not count here (in minutes, the workspace's account names).
 */
export function guardWrittenText(props: { texts: WrittenText[]; previous: readonly FindingAcknowledgement[]; acknowledgedKeys: readonly string[]; actor: ActingUser; exemptKeys?: ReadonlySet<string> }): {
  acknowledgements: FindingAcknowledgement[];
  added: FieldFinding[];
} {
  const findings = props.texts
    .flatMap(({ field, text }) => personalDataFindings(text ?? "", { acknowledgements: props.previous }).map((f) => ({ ...f, field })))
    .filter((f) => !props.exemptKeys?.has(f.key));
  const now = new Set(props.acknowledgedKeys);
  const open = findings.filter((f) => !f.acknowledged && !now.has(f.key));
  if (open.length > 0) throw personalDataFound(open);
  const keys = new Set(findings.map((f) => f.key));
  const kept = props.previous.filter((a) => keys.has(a.key));
  const added = findings.filter((f, i) => !f.acknowledged && findings.findIndex((g) => g.key === f.key) === i);
  const at = new Date();
  return { acknowledgements: [...kept, ...added.map((f) => ({ key: f.key, userId: props.actor.id, userName: props.actor.name, at }))], added };
}

/** Audits each new acknowledgement, as the document acknowledgements are (kind and key, no text). */
export async function auditAcknowledgements(added: FieldFinding[], actor: ActingUser, action: string, target: { type: string; id: string; label?: string }): Promise<void> {
  for (const finding of added) await audit({ action, ...auditActor(actor), target, details: { kind: finding.kind, key: finding.key, field: finding.field } });
}

function personalDataFound(findings: FieldFinding[]): HttpError {
  return new HttpError(422, "personal_data_found", "Likely personal data: rewrite it, or acknowledge each finding (acknowledgedFindings) if it may stay", {
    findings: findings.map((f) => ({ field: f.field, ...findingSummary(f) })),
  });
}
