import { PERSONAL_DATA_KINDS, type PersonalDataKind } from "../../../shared/personalData";
import type { PresentedFinding } from "../../../shared/types";
import type { LocatedFinding } from "../../editor/personalDataHighlight";

/** One thing to check: a value found (perhaps several times) and whether someone acknowledged it. */
export interface FindingRow {
  key: string;
  kind: PersonalDataKind | "other";
  text: string;
  /** Where it first appears in the text now; absent when only the server's copy has it. */
  first: LocatedFinding | null;
  count: number;
  acknowledged: PresentedFinding["acknowledged"];
}

export const asKind = (kind: string): FindingRow["kind"] => ((PERSONAL_DATA_KINDS as readonly string[]).includes(kind) ? (kind as PersonalDataKind) : "other");

/**
 * What the editor finds in the text as it is now, with the server's acknowledgements; plus what the
 * server still finds unacknowledged in its stored copy (it is what blocks publishing).
 */
export function findingRows(live: readonly LocatedFinding[], server: readonly PresentedFinding[]): FindingRow[] {
  const acknowledgements = new Map(server.map((finding) => [finding.key, finding.acknowledged]));
  const rows = new Map<string, FindingRow>();
  for (const finding of live) {
    const row = rows.get(finding.key);
    if (row) row.count += 1;
    else rows.set(finding.key, { key: finding.key, kind: finding.kind, text: finding.text, first: finding, count: 1, acknowledged: acknowledgements.get(finding.key) ?? null });
  }
  for (const finding of server) {
    if (!rows.has(finding.key) && !finding.acknowledged) {
      rows.set(finding.key, { key: finding.key, kind: asKind(finding.kind), text: finding.text, first: null, count: 1, acknowledged: null });
    }
  }
  // Open questions first, in the order of the text.
  return [...rows.values()].sort((a, b) => Number(Boolean(a.acknowledged)) - Number(Boolean(b.acknowledged)) || (a.first?.from ?? Infinity) - (b.first?.from ?? Infinity));
}
