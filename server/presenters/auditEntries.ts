import type { PresentedAuditEntry } from "../../shared/types";
import type { AuditEntryFields } from "../models/AuditEntry";

export function presentAuditEntry(entry: AuditEntryFields): PresentedAuditEntry {
  return {
    seq: entry.seq,
    at: entry.at.toISOString(),
    actor: entry.actorId ? { id: entry.actorId, name: entry.actorLabel ?? "" } : null,
    action: entry.action,
    target: entry.targetType ? { type: entry.targetType, id: entry.targetId ?? "", label: entry.targetLabel ?? "" } : null,
    ip: entry.ip ?? "",
    result: entry.result,
    details: safeParse(entry.details),
    hash: entry.hash,
  };
}

function safeParse(text: string | null | undefined): Record<string, unknown> {
  try {
    return JSON.parse(text ?? "{}") as Record<string, unknown>;
  } catch {
    return {};
  }
}
