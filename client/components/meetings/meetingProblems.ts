import type { Language } from "../../../shared/languages";
import type { Problem } from "../../../shared/types";
import type { MessageKey } from "../../i18n/en";
import type { Translate } from "../../i18n/I18nProvider";
import { problemMessage } from "../problems";

/** Problem codes of meetings, explained in the user's language; others fall back to the shared list. */
const MEETING_PROBLEMS: Record<string, MessageKey> = {
  victim_note_required: "meetings.problem.victimNoteRequired",
  invalid_status: "meetings.problem.invalidStatus",
  agenda_locked: "meetings.problem.agendaLocked",
  agenda_entry_not_found: "meetings.problem.entryNotFound",
  agenda_full: "meetings.problem.agendaFull",
  not_a_decision_item: "meetings.problem.notADecisionItem",
  votes_required: "meetings.problem.votesRequired",
  unknown_participant: "meetings.problem.unknownParticipant",
  already_decided: "meetings.problem.alreadyDecided",
  archived: "meetings.problem.archived",
  timeout: "meetings.problem.timeout",
  busy: "meetings.problem.busy",
  open_amendments: "minutesReview.problem.openAmendments",
  already_under_review: "minutesReview.problem.alreadyUnderReview",
  already_resolved: "minutesReview.problem.alreadyResolved",
  minutes_approved: "minutesReview.problem.approved",
  review_closed: "minutesReview.problem.reviewClosed",
  already_approved: "minutesReview.problem.alreadyApproved",
  personal_data_found: "meetings.problem.personal_data_found",
  personal_data_unacknowledged: "minutesReview.problem.personalData",
  personal_data_in_comment: "minutesReview.problem.personalDataInProposal",
};

export function meetingProblemMessage(problem: Pick<Problem, "code"> & Partial<Problem>, t: Translate, language: Language): string {
  const key = MEETING_PROBLEMS[problem.code];
  if (key) return t(key);
  return problemMessage({ type: "about:blank", title: "", status: 0, ...problem } as Problem, t, language);
}
