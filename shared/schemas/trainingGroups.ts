import { z } from "zod";
import { LANGUAGES } from "../languages";
import { TRAINING_GROUP_LIMITS as L } from "../trainingGroups";
import { objectIdSchema } from "./accounts";

/** Propose groups automatically (replaces the current groups; refused once a case exists). */
export const groupProposalSchema = z.strictObject({ groupCount: z.number().int().min(L.groupsMin).max(L.groupsMax) });
export type GroupProposalInput = z.input<typeof groupProposalSchema>;

/** Move one participant by hand: into a group, or out of every group (null). */
export const groupMoveSchema = z.strictObject({ registrationId: objectIdSchema, groupId: objectIdSchema.nullable() });
export type GroupMoveInput = z.input<typeof groupMoveSchema>;

/** The case document's language (its template headings). */
export const groupCaseSchema = z.strictObject({ language: z.enum(LANGUAGES) });
export type GroupCaseInput = z.input<typeof groupCaseSchema>;
