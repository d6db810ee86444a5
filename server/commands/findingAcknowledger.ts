import type { PresentedFinding } from "../../shared/types";
import { audit } from "../audit/auditLog";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { accessFacts } from "../documents/documentAccess";
import { currentYDoc } from "../documents/documentState";
import { guardedPlainText } from "../documents/guardedText";
import { documentFindings, markedFindings } from "../documents/documentFindings";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import type { DocumentRecord } from "../models/Document";
import { authorize } from "../policies";

/**
 * Acknowledges one personal-data finding in the current text (`document.acknowledgeFinding`): it
 * is not personal data, or it may stay. Audited. Returns the findings as they now stand.
 */
export default async function findingAcknowledger(props: { actor: ActingUser; record: DocumentRecord; key: string; hub: CollaborationHub }): Promise<PresentedFinding[]> {
  const { actor, record } = props;
  authorize(actor, "document.acknowledgeFinding", accessFacts(record));
  // One read of the text serves both the check and the answer.
  const text = await guardedPlainText(await currentYDoc(props.hub, record.id));
  const finding = (await documentFindings(record, text)).find((f) => f.key === props.key);
  if (!finding) throw NotFound("No such finding in the current text");
  if (!finding.acknowledged) {
    record.acknowledgements.push({ key: finding.key, userId: actor.id, userName: actor.name, at: new Date() });
    await record.save();
    await audit({ action: "document.finding_acknowledged", ...auditActor(actor), target: { type: "document", id: record.id, label: record.title }, details: { kind: finding.kind, key: finding.key } });
  }
  return markedFindings(record, text);
}
