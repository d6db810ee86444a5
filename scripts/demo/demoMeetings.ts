import { Types } from "mongoose";
import type { AgendaEntry } from "../../shared/meetingTypes";
import type { UserDocument } from "../../server/models/User";
import { ActionItem } from "../../server/models/ActionItem";
import { AgendaProposal } from "../../server/models/AgendaProposal";
import { Decision } from "../../server/models/Decision";
import { Meeting } from "../../server/models/Meeting";
import meetingFinaliser from "../../server/commands/meetingFinaliser";
import minutesCreator from "../../server/commands/minutesCreator";

const DAY = 86_400_000;
const item = (title: string, fields: Partial<AgendaEntry> = {}): AgendaEntry => ({
  id: new Types.ObjectId().toHexString(), kind: "item", title, type: "discussion", presenter: "", plannedMinutes: 15, description: "", documentIds: [], tags: [], ...fields,
});
const section = (title: string) => item(title, { kind: "section", plannedMinutes: 0 });
/** 10:00 Brussels time (winter or summer, close enough for a demo: 09:00 UTC). */
const at = (daysFromNow: number) => new Date(Math.floor((Date.now() + daysFromNow * DAY) / DAY) * DAY + 9 * 3_600_000);

/** A past (finalised) meeting, a closed one waiting for the secretariat, an upcoming one and a draft. */
export async function seedMeetings(people: Map<string, UserDocument>): Promise<void> {
  const p = (key: string) => people.get(key)!;
  const everyone = [...people.values()].map((u) => u.id as string);
  const members = everyone.filter((id) => id !== p("observer").id);
  const acting = (key: string) => ({ id: p(key).id as string, name: p(key).name, role: p(key).role as "secretariat", active: true });

  const autumn = [
    item("Opening and adoption of the agenda", { plannedMinutes: 5 }),
    section("Cross-border shelter"),
    item("Weekly exchange of free shelter places between BE, NL and LU", { type: "decision", plannedMinutes: 30, presenter: "Payoke", tags: ["shelter_and_care", "referral"] }),
    item("Labour exploitation in seasonal agriculture: joint inspections", { type: "decision", plannedMinutes: 25, presenter: "Nederlandse Arbeidsinspectie", tags: ["labour", "identification"] }),
    item("Any other business", { plannedMinutes: 10 }),
  ];
  const past = await Meeting.create({ title: "Ad-hoc working group THB — autumn meeting", startsAt: at(-60), durationMinutes: 150, place: "Benelux House, Regentschapsstraat 39, Brussels", language: "nl", participantIds: members, status: "closed", createdBy: p("secretariat").id, agenda: autumn, attendance: members.map((userId) => ({ userId, status: "present" })), startedAt: at(-60), closedAt: at(-60) });
  await Decision.create([
    { meetingId: past.id, itemId: autumn[2]!.id, text: "The shelters of the three countries share their free places every week through the contact points.", outcome: "adopted", method: "consensus", victimNote: { kind: "considered", text: "A victim in danger in the country where she was identified can be sheltered across the border within a day, with an interpreter and without telling her story again." }, recordedBy: p("chair").id, recordedAt: at(-60) },
    { meetingId: past.id, itemId: autumn[3]!.id, text: "Labour inspections in seasonal agriculture are planned jointly in the border regions in 2026.", outcome: "adopted", method: "vote", votes: { for: 5, against: 0, abstain: 1 }, votesByCountry: [{ country: "BE", for: 2, against: 0, abstain: 0 }, { country: "NL", for: 2, against: 0, abstain: 1 }, { country: "LU", for: 1, against: 0, abstain: 0 }], victimNote: { kind: "considered", text: "Workers found during an inspection are offered shelter and income support first, so that stopping the work does not leave them without a roof." }, recordedBy: p("chair").id, recordedAt: at(-60) },
  ]);
  await ActionItem.create([
    { meetingId: past.id, itemId: autumn[2]!.id, description: "Update the list of shelter contact points in the Benelux brochure", ownerId: p("shelter").id, dueDate: new Date(Date.now() - 14 * DAY).toISOString().slice(0, 10), status: "open", createdBy: p("chair").id },
    { meetingId: past.id, itemId: autumn[3]!.id, description: "Propose dates for the first joint inspection", ownerId: p("inspection").id, dueDate: new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10), status: "in_progress", createdBy: p("chair").id },
  ]);
  await meetingFinaliser({ actor: acting("secretariat"), meetingId: past.id });
  await minutesCreator({ actor: acting("chair"), meetingId: past.id });

  const winter = [item("Opening", { plannedMinutes: 5 }), item("Forced criminality: victims arrested as offenders", { type: "decision", plannedMinutes: 40, presenter: "Federale Politie", tags: ["forced_criminality", "investigation_and_prosecution"] }), item("Date of the next meeting", { type: "decision", plannedMinutes: 5 })];
  const closed = await Meeting.create({ title: "Ad-hoc working group THB — winter meeting", startsAt: at(-7), durationMinutes: 90, place: "", videoUrl: "https://video.example.org/benelux-thb", language: "fr", participantIds: members, status: "closed", createdBy: p("chair").id, agenda: winter, startedAt: at(-7), closedAt: at(-7) });
  await Decision.create([
    { meetingId: closed.id, itemId: winter[1]!.id, text: "Police and prosecution apply the non-punishment principle in a common checklist for forced criminality.", outcome: "adopted", method: "consensus", victimNote: { kind: "considered", text: "Victims forced to commit crimes are first treated as possible victims, so they are not punished for what they were forced to do." }, recordedBy: p("chair").id, recordedAt: at(-7) },
    { meetingId: closed.id, itemId: winter[2]!.id, text: "The next meeting takes place in Luxembourg.", outcome: "adopted", method: "consensus", victimNote: { kind: "not_applicable", text: "A practical arrangement about the meeting place only." }, recordedBy: p("chair").id, recordedAt: at(-7) },
  ]);

  const spring = [
    item("Opening and adoption of the agenda", { plannedMinutes: 5 }),
    section("Identification and referral"),
    item("Interpreters at first contact with possible victims", { type: "discussion", plannedMinutes: 30, presenter: "Police Grand-Ducale", tags: ["identification", "referral"] }),
    item("Residence permits for victims who cannot testify", { type: "decision", plannedMinutes: 40, presenter: "IND", tags: ["residence_permits"] }),
    section("Good practices"),
    item("Good practice: the shelters' first 48 hours", { type: "information", plannedMinutes: 20, presenter: "Payoke", tags: ["shelter_and_care"] }),
    item("Minors: guardianship before the first interview", { type: "decision", plannedMinutes: 30, tags: ["identification", "shelter_and_care"] }),
    item("Any other business", { plannedMinutes: 10 }),
  ];
  const upcoming = await Meeting.create({ title: "Ad-hoc working group THB — spring meeting", startsAt: at(10), durationMinutes: 150, place: "Cercle Cité, Luxembourg", videoUrl: "https://video.example.org/benelux-thb", language: "en", participantIds: everyone, status: "scheduled", createdBy: p("chair").id, agenda: spring, agendaVersion: 0 });
  await AgendaProposal.create({ meetingId: upcoming.id, title: "Data collection on victims across the three countries", type: "discussion", plannedMinutes: 15, description: "The shelters see a lack of comparable figures.", tags: ["prevention"], proposedBy: p("shelter").id });
  await ActionItem.create({ meetingId: closed.id, itemId: winter[1]!.id, description: "Circulate the draft non-punishment checklist", ownerId: p("police").id, dueDate: new Date(Date.now() + 5 * DAY).toISOString().slice(0, 10), status: "open", createdBy: p("chair").id });

  await Meeting.create({ title: "Joint training day for shelter staff (draft)", startsAt: at(45), durationMinutes: 360, place: "Antwerp", language: "nl", participantIds: members, status: "draft", createdBy: p("secretariat").id, agenda: [item("Welcome"), item("Cross-border referral in practice", { tags: ["referral"] })] });
}
