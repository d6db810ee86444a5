import { Types } from "mongoose";
import * as Y from "yjs";
import { hashPassword } from "../../server/auth/passwordHashing";
import { generateTotpSecret } from "../../server/auth/totp";
import documentCreator from "../../server/commands/documentCreator";
import documentVersionRecorder from "../../server/commands/documentVersionRecorder";
import meetingFinaliser from "../../server/commands/meetingFinaliser";
import userInviter from "../../server/commands/userInviter";
import type { ActingUser } from "../../server/meetings/actingUser";
import { ActionItem } from "../../server/models/ActionItem";
import { AgendaProposal } from "../../server/models/AgendaProposal";
import { Decision } from "../../server/models/Decision";
import { Meeting } from "../../server/models/Meeting";
import { Organisation } from "../../server/models/Organisation";
import { User } from "../../server/models/User";
import { VictimPrompt } from "../../server/models/VictimPrompt";
import { ensurePromptLibrary } from "../../server/prompts/promptLibrary";

const NOTE = { kind: "considered" as const, text: "A victim who fled across the border must not have to tell her story twice." };

const item = (title: string, type: "discussion" | "decision") => ({
  id: new Types.ObjectId().toHexString(),
  kind: "item",
  title,
  type,
  presenter: "",
  plannedMinutes: 15,
  description: "",
  documentIds: [],
  tags: [],
});

/**
 * A fresh workspace for the fuzzer: a secretariat account with TOTP enrolled, and one of each thing
 * the API addresses by id (a meeting in progress with a decision, an action item and a proposal; a
 * document with a version; an archive record; a member; an invitation; a prompt), so generated
 * requests reach real records instead of 404s. The ids go to schemathesis through the environment.
 */
export async function seedFuzzWorkspace(): Promise<{ email: string; password: string; totpSecret: string; ids: Record<string, string> }> {
  const email = "fuzz.secretariat@example.test";
  const password = "grijze stoel blijft leeg, ook bij het fuzzen";
  const totpSecret = generateTotpSecret();
  const organisation = await Organisation.create({ name: "Benelux General Secretariat", discipline: "secretariat", country: "BE" });
  const passwordHash = await hashPassword(password);
  const totp = { secret: totpSecret, enabledAt: new Date(), lastUsedStep: 0, recoveryCodeHashes: [] };
  const secretariat = await User.create({ name: "Fuzz Secretariaat", email, role: "secretariat", language: "en", organisationId: organisation._id, passwordHash, totp });
  const member = await User.create({ name: "Mila Member", email: "fuzz.member@example.test", role: "member", language: "nl", passwordHash, totp: { ...totp, secret: generateTotpSecret() } });
  const actor: ActingUser = { id: secretariat.id, name: secretariat.name, role: "secretariat", active: true, ip: "127.0.0.1" };

  const agenda = [item("Opening", "discussion"), item("Shelter capacity", "decision")];
  const meeting = await Meeting.create({ title: "Working group, spring", startsAt: new Date(), durationMinutes: 120, place: "Brussels", language: "en", status: "in_progress", participantIds: [member.id], createdBy: secretariat.id, agenda });
  const decision = await Decision.create({ meetingId: meeting.id, itemId: agenda[1]!.id, text: "Weekly exchange of shelter places.", outcome: "adopted", method: "consensus", victimNote: NOTE, recordedBy: secretariat.id, recordedAt: new Date() });
  const action = await ActionItem.create({ meetingId: meeting.id, itemId: agenda[0]!.id, description: "Send the referral form", ownerId: member.id, dueDate: null, createdBy: secretariat.id });
  const proposal = await AgendaProposal.create({ meetingId: meeting.id, title: "Victims' view on the form", type: "discussion", plannedMinutes: 10, description: "", tags: [], proposedBy: member.id });

  const closed = await Meeting.create({ title: "Working group, winter", startsAt: new Date(Date.now() - 86_400_000), durationMinutes: 120, place: "Brussels", language: "en", status: "closed", participantIds: [], createdBy: secretariat.id, agenda: [item("Decision", "decision")] });
  await Decision.create({ meetingId: closed.id, itemId: closed.agenda[0]!.id, text: "Adopted.", outcome: "adopted", method: "consensus", victimNote: NOTE, recordedBy: secretariat.id, recordedAt: new Date() });
  const [archiveNumber] = await meetingFinaliser({ actor, meetingId: closed.id });

  const document = await documentCreator({ creator: actor, input: { title: "Joint inspections", language: "en", template: "good_practice", countries: [], tags: [], classification: "internal", memberIds: [] } });
  const version = await documentVersionRecorder({ documentId: document.id, kind: "named", name: "First", state: Y.encodeStateAsUpdate(new Y.Doc()), authorIds: [secretariat.id] });
  const { invitation } = await userInviter({ inviter: actor, input: { email: "fuzz.invited@example.test", role: "member", sendEmail: false } });
  await ensurePromptLibrary();
  const prompt = (await VictimPrompt.findOne({}, { _id: 1 }).lean())!;

  const ids = {
    FUZZ_MEETING_ID: meeting.id,
    FUZZ_DECISION_ID: decision.id,
    FUZZ_ACTION_ID: action.id,
    FUZZ_PROPOSAL_ID: proposal.id,
    FUZZ_ARCHIVE_NUMBER: archiveNumber!,
    FUZZ_DOCUMENT_ID: document.id,
    FUZZ_VERSION_ID: String(version._id),
    FUZZ_MEMBER_ID: member.id,
    FUZZ_INVITATION_ID: invitation.id,
    FUZZ_PROMPT_ID: String(prompt._id),
  };
  return { email, password, totpSecret, ids };
}
