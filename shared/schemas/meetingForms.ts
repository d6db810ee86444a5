import { z } from "zod";
import { acknowledgedFindingsSchema } from "./findings";
import { brusselsLocalToInstant } from "../brusselsTime";
import { COUNTRIES } from "../domain";
import { objectIdSchema } from "./accounts";
import { amendmentInputSchema, archiveQuerySchema, completeVictimNoteSchema, decisionInputSchema, voteCountsSchema, type DecisionInput } from "./decisions";
import { agendaEntryRules, meetingFields } from "./meetings";

/**
 * What the meeting forms hold before it becomes an API input (dates and times apart, numbers as
 * typed). Built from the API schemas' own field rules; where the
 * shapes differ, the output is checked by the API schema too. Forms whose answers are the API
 * input (action items, prompts) use the API schema itself.
 */

/** A meeting's date and start time are Brussels wall-clock time; the API takes the instant. */
export const meetingFormSchema = z
  .object({
    title: meetingFields.title,
    date: z.iso.date(),
    time: z.iso.time({ precision: -1 }),
    durationMinutes: meetingFields.durationMinutes,
    place: meetingFields.place,
    videoUrl: meetingFields.videoUrl,
    language: meetingFields.language,
    participantIds: meetingFields.participantIds,
    /** Left out once the meeting has started: its status then changes by starting and closing it. */
    status: meetingFields.status.optional(),
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, startsAt: brusselsLocalToInstant(`${date}T${time}`).toISOString() }));

const itemFields = {
  title: agendaEntryRules.title,
  type: agendaEntryRules.type,
  presenter: agendaEntryRules.presenter,
  plannedMinutes: agendaEntryRules.plannedMinutes,
  description: agendaEntryRules.description,
  tags: agendaEntryRules.tags,
  /** Chosen with the contact-point picker; absent keeps what the entry had. */
  contactPointIds: agendaEntryRules.contactPointIds.optional(),
};

/** Adding or changing an agenda entry: a section heading has a title only. */
export const agendaEntryFormSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("section"), title: agendaEntryRules.title }),
  z.object({ kind: z.literal("item"), ...itemFields, documentIds: agendaEntryRules.documentIds, acknowledgedFindings: acknowledgedFindingsSchema }),
]);

/** A member's proposal for the agenda. */
export const proposalFormSchema = z.object({ title: itemFields.title, type: itemFields.type, plannedMinutes: itemFields.plannedMinutes, description: itemFields.description, tags: itemFields.tags, acknowledgedFindings: acknowledgedFindingsSchema });

const partialCounts = z.object({ for: voteCountsSchema.shape.for.optional(), against: voteCountsSchema.shape.against.optional(), abstain: voteCountsSchema.shape.abstain.optional() });
const VOTING_COUNTRIES = COUNTRIES.filter((country) => country !== "other");

/**
 * Recording a decision: the vote counts only for a vote (rule "votes_required" when missing), the
 * votes per country only where any was given, and a victim-perspective note that meets the rule.
 */
export const decisionFormSchema = z
  .object({
    itemId: objectIdSchema,
    text: decisionInputSchema.shape.text,
    outcome: decisionInputSchema.shape.outcome,
    method: decisionInputSchema.shape.method,
    votes: voteCountsSchema.optional(),
    votesByCountry: z.object(Object.fromEntries(VOTING_COUNTRIES.map((country) => [country, partialCounts.optional()]))).optional(),
    victimNote: completeVictimNoteSchema,
    acknowledgedFindings: acknowledgedFindingsSchema,
    contactPointIds: decisionInputSchema.shape.contactPointIds,
  })
  .superRefine((value, ctx) => {
    if (value.method === "vote" && !value.votes) ctx.addIssue({ code: "custom", path: ["votes", "for"], input: undefined, params: { rule: "votes_required" } });
  })
  .transform(({ votes, votesByCountry, ...rest }): DecisionInput => {
    const vote = rest.method === "vote";
    const perCountry = Object.entries(votesByCountry ?? {}).filter(([, counts]) => counts && Object.values(counts).some((n) => n !== undefined));
    return {
      ...rest,
      votes: vote ? (votes ?? null) : null,
      votesByCountry: vote ? perCountry.map(([country, counts]) => ({ country: country as (typeof VOTING_COUNTRIES)[number], for: counts?.for ?? 0, against: counts?.against ?? 0, abstain: counts?.abstain ?? 0 })) : [],
    };
  })
  .pipe(decisionInputSchema);

/** Correcting an archive record: the note must meet the rule, as for a decision. */
export const amendmentFormSchema = amendmentInputSchema.extend({ victimNote: completeVictimNoteSchema });

/** The archive's search form. */
export const archiveFiltersFormSchema = archiveQuerySchema.pick({ q: true, from: true, to: true, outcome: true, tag: true });
