import { findPersonalData } from "../../shared/personalData";
import type { PresentedFinding } from "../../shared/types";

/** Likely personal data in the text (a document's, a decision's, an action item's, a comment's…), one entry per distinct value, with why it was flagged, its masked value and its acknowledgement if any. */
export function personalDataFindings(text: string, record: { acknowledgements: ReadonlyArray<{ key: string; userName: string; at: Date }> }): PresentedFinding[] {
  const acknowledged = new Map(record.acknowledgements.map((a) => [a.key, a]));
  const seen = new Set<string>();
  const findings: PresentedFinding[] = [];
  for (const finding of findPersonalData(text)) {
    if (seen.has(finding.key)) continue;
    seen.add(finding.key);
    const ack = acknowledged.get(finding.key);
    findings.push({
      kind: finding.kind,
      key: finding.key,
      text: finding.text,
      reason: finding.reason,
      reasonContext: finding.reasonContext,
      masked: finding.masked,
      acknowledged: ack ? { by: ack.userName, at: ack.at.toISOString() } : null,
    });
  }
  return findings;
}

/** A finding for a refusal: why and the masked value, not the text as written (the key still names the value, to acknowledge it). */
export function findingSummary({ kind, key, reason, reasonContext, masked }: PresentedFinding) {
  return { kind, key, reason, reasonContext, masked };
}
