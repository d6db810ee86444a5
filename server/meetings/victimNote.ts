import type { VictimNote } from "../../shared/meetingTypes";
import { MEETING_LIMITS } from "../../shared/meetings";
import { victimNoteMinimum } from "../../shared/schemas/decisions";
import { victimNoteRequired } from "./meetingErrors";

/**
 * The empty chair's rule: no decision without a note on how the victim's perspective was considered,
 * or why it does not apply. Used by every path that records or changes a decision (HTTP and socket).
 */
export function requireVictimNote(note: { kind: VictimNote["kind"]; text: string } | null | undefined): VictimNote {
  if (!note) throw victimNoteRequired("Write how the victim's perspective was considered, or why it does not apply, before recording the decision");
  const text = note.text.trim();
  const minimum = victimNoteMinimum(note.kind);
  if (text.length < minimum) {
    throw victimNoteRequired(
      note.kind === "considered"
        ? `Describe in at least ${minimum} characters how the victim's perspective was considered`
        : `Say in at least ${minimum} characters why the victim's perspective does not apply`,
    );
  }
  return { kind: note.kind, text };
}

/** A note counts as substantive when it actually describes the victim's perspective. */
export function isSubstantive(note: { kind: string; text: string }): boolean {
  return note.kind === "considered" && note.text.trim().length >= MEETING_LIMITS.victimNoteMin;
}
