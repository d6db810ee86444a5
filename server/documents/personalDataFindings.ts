import { findPersonalData } from "../../shared/personalData";
import type { PresentedFinding } from "../../shared/types";

/** Likely personal data in the text, one entry per distinct value, with why it was flagged, its masked value and its acknowledgement if any. */
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
