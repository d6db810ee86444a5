import { z } from "zod";
import { acknowledgedFindingsSchema } from "./findings";
import { LANGUAGES } from "../languages";
import {
  ACTION_STATUSES,
  AGENDA_ITEM_TYPES,
  AGENDA_TAGS,
  ATTENDANCE_STATUSES,
  MEETING_LIMITS as L,
} from "../meetings";
import { objectIdSchema } from "./accounts";
import { contactPointIdsSchema } from "./directory";
import { changes, optionalText, requiredText } from "./text";

/** Input schemas for meetings and their agendas; the server validates with these, the client reuses them. */

const text = optionalText;
/** An instant with an explicit offset ("2026-03-14T08:30:00Z"); the client converts from Brussels time. */
const instantSchema = z.iso.datetime({ offset: true });
/** Empty, or an https:// address (the pattern is the rule, so the OpenAPI document states it too). */
const httpUrl = z
  .string()
  .max(L.urlMax)
  .regex(/^\s*(?:[Hh][Tt][Tt][Pp][Ss]:\/\/[^\s<>"]+)?\s*$/, "must be an https:// address")
  .trim();

/** Each field's rule, once: the API schemas below and the meeting form (schemas/forms) use these. */
export const meetingFields = {
  title: requiredText(L.titleMax),
  startsAt: instantSchema,
  durationMinutes: z.number().int().min(L.durationMinMinutes).max(L.durationMaxMinutes),
  place: text(L.placeMax),
  videoUrl: httpUrl,
  language: z.enum(LANGUAGES),
  participantIds: z.array(objectIdSchema).max(L.participantsMax),
  /** A draft is seen by the secretariat and chairs only; "scheduled" publishes it to its participants. */
  status: z.enum(["draft", "scheduled"]),
};

export const meetingInputSchema = z.strictObject({
  ...meetingFields,
  place: meetingFields.place.default(""),
  videoUrl: meetingFields.videoUrl.default(""),
  participantIds: meetingFields.participantIds.default([]),
  status: meetingFields.status.default("scheduled"),
});

/** Only what is sent changes (no defaults here: a missing field must not reset anything). */
export const meetingUpdateSchema = changes(z.strictObject(meetingFields).partial().shape);

export const meetingListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const agendaTagsSchema = z.array(z.enum(AGENDA_TAGS)).max(L.tagsMax);

/** The rules of an agenda entry's fields, without defaults (the forms ask for every answer). */
export const agendaEntryRules = {
  title: requiredText(L.itemTitleMax),
  type: z.enum(AGENDA_ITEM_TYPES),
  presenter: text(L.presenterMax),
  plannedMinutes: z.number().int().min(0).max(L.plannedMinutesMax),
  description: text(L.descriptionMax),
  documentIds: z.array(objectIdSchema).max(L.documentLinksMax),
  tags: agendaTagsSchema,
  contactPointIds: contactPointIdsSchema,
};

const entryFields = {
  title: agendaEntryRules.title,
  type: agendaEntryRules.type.default("discussion"),
  presenter: agendaEntryRules.presenter.default(""),
  plannedMinutes: agendaEntryRules.plannedMinutes.default(10),
  description: agendaEntryRules.description.default(""),
  documentIds: agendaEntryRules.documentIds.default([]),
  tags: agendaTagsSchema.default([]),
  /** Optional: older clients do not send it. */
  contactPointIds: contactPointIdsSchema.optional(),
};

export const agendaEntryInputSchema = z.strictObject({ kind: z.enum(["item", "section"]).default("item"), ...entryFields });

const entryChangesSchema = changes(z.strictObject(agendaEntryRules).partial().shape);

const position = z.number().int().min(0).max(L.agendaEntriesMax);

/**
 * One change to the agenda. Operations name entries by id, not by position, so the server can apply
 * them in any order it receives them and every client converges on the server's result.
 */
export const agendaOperationSchema = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("add"), entry: agendaEntryInputSchema, index: position.optional(), acknowledgedFindings: acknowledgedFindingsSchema.unwrap().optional() }),
  z.strictObject({ op: z.literal("update"), id: objectIdSchema, changes: entryChangesSchema, acknowledgedFindings: acknowledgedFindingsSchema.unwrap().optional() }),
  z.strictObject({ op: z.literal("remove"), id: objectIdSchema }),
  z.strictObject({ op: z.literal("move"), id: objectIdSchema, toIndex: position }),
]);

export const proposalInputSchema = z.strictObject({
  title: entryFields.title,
  type: entryFields.type,
  plannedMinutes: entryFields.plannedMinutes,
  description: entryFields.description,
  tags: entryFields.tags,
  /** Findings in the description that may stay, as for an agenda item (checked on submission). */
  acknowledgedFindings: acknowledgedFindingsSchema.unwrap().optional(),
});

export const proposalDecisionSchema = z.strictObject({
  accept: z.boolean(),
  reason: text(L.amendmentReasonMax).default(""),
  /** Accepting: findings in the proposal's description that may stay on the agenda (as for an added item). */
  acknowledgedFindings: acknowledgedFindingsSchema.unwrap().optional(),
});

export const currentItemSchema = z.strictObject({ itemId: objectIdSchema.nullable() });
export const timerSchema = z.strictObject({ action: z.enum(["start", "pause", "reset"]) });

export const attendanceSchema = z.strictObject({
  userId: objectIdSchema,
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
});

export const actionItemInputSchema = z.strictObject({
  itemId: objectIdSchema,
  description: requiredText(L.actionDescriptionMax),
  ownerId: objectIdSchema,
  dueDate: z.iso.date().nullable().default(null),
  /** Personal-data findings in the description that may stay (see shared/schemas/findings.ts). */
  acknowledgedFindings: acknowledgedFindingsSchema,
});

export const actionItemUpdateSchema = changes({
  description: requiredText(L.actionDescriptionMax).optional(),
  /** With a new description only; absent is none. */
  acknowledgedFindings: acknowledgedFindingsSchema.unwrap().optional(),
  ownerId: objectIdSchema.optional(),
  dueDate: z.iso.date().nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingUpdate = z.input<typeof meetingUpdateSchema>;
export type AgendaEntryInput = z.input<typeof agendaEntryInputSchema>;
export type AgendaOperation = z.input<typeof agendaOperationSchema>;
export type ParsedAgendaOperation = z.output<typeof agendaOperationSchema>;
export type ProposalInput = z.input<typeof proposalInputSchema>;
export type ActionItemInput = z.input<typeof actionItemInputSchema>;
export type ActionItemUpdate = z.input<typeof actionItemUpdateSchema>;
