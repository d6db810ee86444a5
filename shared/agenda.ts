import type { AgendaEntry } from "./meetingTypes";
import { MEETING_LIMITS } from "./meetings";
import type { ParsedAgendaOperation } from "./schemas/meetings";

/** Why an operation could not be applied to the agenda as it is now. */
export type AgendaRefusal = "entry_not_found" | "agenda_full";

export interface AppliedOperation {
  entries: AgendaEntry[];
  entry: AgendaEntry;
  from: number | null;
  to: number | null;
  fields: string[];
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/**
 * Applies one operation to the current entries and returns the new list. Pure: the server calls it
 * on the stored agenda, in the order operations arrive, so concurrent edits converge on its result.
 * A move names the entry and its target position in the list as it is when the server applies it.
 */
export function applyAgendaOperation(
  entries: readonly AgendaEntry[],
  operation: ParsedAgendaOperation,
  newId: () => string,
): AppliedOperation | AgendaRefusal {
  const list = [...entries];
  switch (operation.op) {
    case "add": {
      if (list.length >= MEETING_LIMITS.agendaEntriesMax) return "agenda_full";
      const entry: AgendaEntry = { id: newId(), ...operation.entry, type: operation.entry.type };
      const index = clamp(operation.index ?? list.length, list.length);
      list.splice(index, 0, entry);
      return { entries: list, entry, from: null, to: index, fields: [] };
    }
    case "update": {
      const index = list.findIndex((e) => e.id === operation.id);
      if (index < 0) return "entry_not_found";
      const current = list[index]!;
      const fields = Object.keys(operation.changes).filter(
        (key) => JSON.stringify(operation.changes[key as keyof typeof operation.changes]) !== JSON.stringify(current[key as keyof AgendaEntry]),
      );
      const entry = { ...current, ...operation.changes } as AgendaEntry;
      list[index] = entry;
      return { entries: list, entry, from: index, to: index, fields };
    }
    case "remove": {
      const index = list.findIndex((e) => e.id === operation.id);
      if (index < 0) return "entry_not_found";
      const [entry] = list.splice(index, 1);
      return { entries: list, entry: entry!, from: index, to: null, fields: [] };
    }
    case "move": {
      const index = list.findIndex((e) => e.id === operation.id);
      if (index < 0) return "entry_not_found";
      const [entry] = list.splice(index, 1);
      const to = clamp(operation.toIndex, list.length);
      list.splice(to, 0, entry!);
      return { entries: list, entry: entry!, from: index, to, fields: [] };
    }
  }
}

/** Planned minutes of the items (sections take no time). */
export function plannedTotal(entries: readonly AgendaEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.kind === "item" ? entry.plannedMinutes : 0), 0);
}

/** Item numbers as shown to people: 1, 2, 3… for items only, sections are not numbered. */
export function itemNumbers(entries: readonly AgendaEntry[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let n = 0;
  for (const entry of entries) if (entry.kind === "item") numbers.set(entry.id, ++n);
  return numbers;
}

/** Elapsed time of an item right now, from the stored elapsed time and the running stretch. */
export function elapsedNow(
  live: { timer: { itemId: string; runningSince: string } | null; elapsedMs: Record<string, number> },
  itemId: string,
  now: number,
): number {
  const stored = live.elapsedMs[itemId] ?? 0;
  if (!live.timer || live.timer.itemId !== itemId) return stored;
  return stored + Math.max(0, now - Date.parse(live.timer.runningSince));
}
