import { z } from "zod";
import { agendaEntryRules } from "./meetings";

/**
 * A programme session as the training page's form asks for it: the agenda entry's own rules for
 * title, speaker (presenter) and duration (planned minutes); sent as an agenda operation.
 */
export const programmeSessionFormSchema = z.strictObject({
  title: agendaEntryRules.title,
  presenter: agendaEntryRules.presenter,
  plannedMinutes: agendaEntryRules.plannedMinutes,
});
export type ProgrammeSessionForm = z.input<typeof programmeSessionFormSchema>;
