import { PERSONAL_DATA_KINDS, PERSONAL_DATA_REASONS, type PersonalDataKind, type PersonalDataReason } from "../../../shared/personalData/core";
import type { PresentedFinding } from "../../../shared/types";
import type { LocatedFinding } from "../../editor/personalDataHighlight";

/** One thing to check: a value found (perhaps several times) and whether someone acknowledged it. */
export interface FindingRow {
  key: string;
  kind: PersonalDataKind | "other";
  text: string;
  reason: PersonalDataReason | "other";
  reasonContext: string | null;
  masked: string;
  /** Where it first appears in the text now; absent when only the server's copy has it. */
  first: LocatedFinding | null;
  count: number;
  acknowledged: PresentedFinding["acknowledged"];
}

export const asReason = (reason: string): FindingRow["reason"] => ((PERSONAL_DATA_REASONS as readonly string[]).includes(reason) ? (reason as PersonalDataReason) : "other");
export const asKind = (kind: string): FindingRow["kind"] => ((PERSONAL_DATA_KINDS as readonly string[]).includes(kind) ? (kind as PersonalDataKind) : "other");

/**
 * What the editor finds in the text as it is now, with the server's acknowledgements; plus what the
 * server still finds unacknowledged in its stored copy (it is what blocks publishing). What the
 * server marks exempt (in minutes, the names of the workspace's accounts) is no question at all.
 */
export function findingRows(live: readonly LocatedFinding[], server: readonly PresentedFinding[]): FindingRow[] {
  const acknowledgements = new Map(server.map((finding) => [finding.key, finding.acknowledged]));
  const exempt = new Set(server.filter((finding) => finding.exempt).map((finding) => finding.key));
  const rows = new Map<string, FindingRow>();
  for (const finding of live) {
    if (exempt.has(finding.key)) continue;
    const row = rows.get(finding.key);
    if (row) row.count += 1;
    else {
      const { key, kind, text, reason, reasonContext, masked } = finding;
      rows.set(key, { key, kind, text, reason, reasonContext, masked, first: finding, count: 1, acknowledged: acknowledgements.get(key) ?? null });
    }
  }
  for (const finding of server) {
    if (!rows.has(finding.key) && !finding.acknowledged && !finding.exempt) {
      const { key, text, reasonContext, masked } = finding;
      rows.set(key, { key, kind: asKind(finding.kind), text, reason: asReason(finding.reason), reasonContext, masked, first: null, count: 1, acknowledged: null });
    }
  }
  // Open questions first, in the order of the text.
  return [...rows.values()].sort((a, b) => Number(Boolean(a.acknowledged)) - Number(Boolean(b.acknowledged)) || (a.first?.from ?? Infinity) - (b.first?.from ?? Infinity));
}
