import { HttpError } from "../errors";

/** Refusals specific to meetings; each code is explained to the user in their language by the client. */
export const victimNoteRequired = (message: string) =>
  new HttpError(422, "victim_note_required", message, { issues: [{ path: "body.victimNote", message }] });
export const invalidStatus = (message: string) => new HttpError(409, "invalid_status", message);
export const agendaLocked = () => new HttpError(409, "agenda_locked", "The agenda of this meeting can no longer change");
export const entryNotFound = () => new HttpError(404, "agenda_entry_not_found", "This agenda entry no longer exists");
export const notADecisionItem = () => new HttpError(422, "not_a_decision_item", "Decisions are recorded on decision items only");
export const votesRequired = () => new HttpError(422, "votes_required", "A vote needs the number of votes for, against and abstaining");
export const unknownParticipant = () => new HttpError(422, "unknown_participant", "Some of the chosen people do not have an active account");
export const alreadyArchived = () => new HttpError(409, "archived", "This decision is in the archive and can no longer change; record an amendment instead");
