import { z } from "zod";

/** One personal-data finding's key (kind:normalised value), as the server presents it. */
export const findingKeySchema = z.string().min(3).max(200);

/**
 * Findings the writer acknowledges with this write (they may stay): texts outside documents
 * (decisions, victim notes, action items, agenda descriptions) are refused with `personal_data_found`
 * until each finding is rewritten or listed here.
 */
export const acknowledgedFindingsSchema = z.array(findingKeySchema).max(50).default([]);
