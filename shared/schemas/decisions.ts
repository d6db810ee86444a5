import { z } from "zod";
import { COUNTRIES } from "../domain";
import { LANGUAGES } from "../languages";
import {
  AGENDA_TAGS,
  ARCHIVE_NUMBER_PATTERN,
  DECISION_METHODS,
  DECISION_OUTCOMES,
  MEETING_LIMITS as L,
  VICTIM_NOTE_KINDS,
  type VictimNoteKind,
} from "../meetings";
import { objectIdSchema } from "./accounts";
import { contactPointIdsSchema } from "./directory";
import { acknowledgedFindingsSchema } from "./findings";
import { agendaTagsSchema } from "./meetings";
import { changes, optionalText, requiredText } from "./text";

/**
 * Decisions, prompts and the archive. The victim-perspective note is only shaped here; whether it
 * says enough is checked by the server (code victim_note_required) so HTTP and socket refuse alike.
 */

const count = z.number().int().min(0).max(L.voteCountMax);
export const voteCountsSchema = z.strictObject({ for: count, against: count, abstain: count });

export const victimNoteSchema = z.strictObject({
  kind: z.enum(VICTIM_NOTE_KINDS),
  text: optionalText(L.victimNoteMax),
});

/** The empty chair's rule: how long a note must be to say something (the server's requireVictimNote and the forms). */
export const victimNoteMinimum = (kind: VictimNoteKind): number => (kind === "considered" ? L.victimNoteMin : L.notApplicableReasonMin);

/** A note that meets the rule, for the forms; the API shapes the note only, so its absence gets its own refusal. */
export const completeVictimNoteSchema = victimNoteSchema.superRefine((note, ctx) => {
  const minimum = victimNoteMinimum(note.kind);
  if (note.text.length < minimum) ctx.addIssue({ code: "too_small", origin: "string", minimum, inclusive: true, input: note.text, path: ["text"] });
});

export const decisionInputSchema = z.strictObject({
  itemId: objectIdSchema,
  text: requiredText(L.decisionTextMax),
  outcome: z.enum(DECISION_OUTCOMES),
  method: z.enum(DECISION_METHODS),
  votes: voteCountsSchema.nullable().default(null),
  votesByCountry: z
    .array(voteCountsSchema.extend({ country: z.enum(COUNTRIES) }))
    .max(COUNTRIES.length)
    .default([]),
  /** Optional in the shape so that its absence gets its own, explained refusal. */
  victimNote: victimNoteSchema.nullable().optional(),
  /** Optional: absent keeps what a decision had. */
  contactPointIds: contactPointIdsSchema.optional(),
  /** Personal-data findings in the text or the victim note that may stay (see shared/schemas/findings.ts). */
  acknowledgedFindings: acknowledgedFindingsSchema,
});

/** Changing a decision sends it whole again (the victim note is checked again). */
export const decisionUpdateSchema = decisionInputSchema.omit({ itemId: true });

const promptText = requiredText(L.promptTextMax);
const promptFields = {
  text: z.strictObject(Object.fromEntries(LANGUAGES.map((l) => [l, promptText])) as Record<(typeof LANGUAGES)[number], typeof promptText>),
  tags: agendaTagsSchema,
  active: z.boolean(),
};
export const promptInputSchema = z.strictObject({ ...promptFields, tags: promptFields.tags.default([]), active: promptFields.active.default(true) });
/** No defaults: a missing field must not reset anything. */
export const promptUpdateSchema = changes(z.strictObject(promptFields).partial().shape);

export const archiveNumberSchema = z.string().regex(ARCHIVE_NUMBER_PATTERN, "must be an archive number like BNL-2026-014");

export const archiveQuerySchema = z.object({
  q: optionalText(L.searchTextMax).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  meetingId: objectIdSchema.optional(),
  outcome: z.enum(DECISION_OUTCOMES).optional(),
  tag: z.enum(AGENDA_TAGS).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const amendmentInputSchema = z.strictObject({
  text: requiredText(L.decisionTextMax),
  outcome: z.enum(DECISION_OUTCOMES),
  victimNote: victimNoteSchema.nullable().optional(),
  reason: requiredText(L.amendmentReasonMax),
  /** Findings in the text, the victim note or the reason that may stay: the amendment goes to the archive and its PDF. */
  acknowledgedFindings: acknowledgedFindingsSchema,
});

export type DecisionInput = z.input<typeof decisionInputSchema>;
export type ParsedDecisionInput = z.output<typeof decisionInputSchema>;
export type PromptInput = z.input<typeof promptInputSchema>;
export type ArchiveQuery = z.input<typeof archiveQuerySchema>;
export type AmendmentInput = z.input<typeof amendmentInputSchema>;
