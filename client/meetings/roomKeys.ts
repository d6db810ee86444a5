import type { AgendaEntry } from "../../shared/meetingTypes";

export type RoomKeyAction = "next" | "previous" | "timer" | "fullscreen";

/**
 * The room screen's keys. A presentation clicker sends Page Down / Page Up (some send the arrows);
 * Space starts or pauses the timer, as it plays or pauses a video; F toggles full screen.
 */
export function roomKeyAction(event: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey">): RoomKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case "n":
    case "N":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "p":
    case "P":
      return "previous";
    case " ":
    case "k":
    case "K":
      return "timer";
    case "f":
    case "F":
      return "fullscreen";
    default:
      return null;
  }
}

/**
 * The item `step` places from the current one (sections are skipped); with no current item, "next"
 * is the first item. Null at either end.
 */
export function neighbourItem(entries: readonly AgendaEntry[], currentId: string | null, step: 1 | -1): AgendaEntry | null {
  const items = entries.filter((e) => e.kind === "item");
  const at = currentId ? items.findIndex((e) => e.id === currentId) : -1;
  if (at < 0) return step === 1 ? (items[0] ?? null) : null;
  return items[at + step] ?? null;
}

/** The items after the current one (all items when none is current yet), at most `count`. */
export function upcomingItems(entries: readonly AgendaEntry[], currentId: string | null, count: number): AgendaEntry[] {
  const items = entries.filter((e) => e.kind === "item");
  const at = currentId ? items.findIndex((e) => e.id === currentId) : -1;
  return items.slice(at + 1, at + 1 + count);
}
