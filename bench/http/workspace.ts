// The signed-in HTTP benchmark's workspace: the demo people, documents and meetings, plus enough
// meetings, documents and archive records that the lists are lists (a working group's year or two).
import { randomUUID } from "node:crypto";
import { appendArchiveRecord } from "../../server/archive/archiveChain";
import { totpCode } from "../../server/auth/totp";
import { DocumentModel } from "../../server/models/Document";
import { Meeting } from "../../server/models/Meeting";
import { DEMO_PASSWORD, DEMO_PEOPLE, seedPeople } from "../../scripts/demo/demoPeople";
import { seedDocuments } from "../../scripts/demo/demoDocuments";
import { seedMeetings } from "../../scripts/demo/demoMeetings";

const DAY = 86_400_000;
export const EXTRA = { meetings: 40, documents: 60, archiveRecords: 80 };

/** Seeds the workspace; returns a meeting with an agenda and participants, for GET /api/meetings/:id. */
export async function seedWorkspace(): Promise<{ meetingId: string }> {
  const people = await seedPeople();
  await seedDocuments(people);
  await seedMeetings(people);
  const ids = [...people.values()].map((u) => u.id as string);
  const secretariat = people.get("secretariat")!;
  const agenda = Array.from({ length: 8 }, (_, i) => ({ id: randomUUID(), kind: "item", title: `Agenda item ${i + 1}`, type: i % 2 ? "decision" : "discussion", plannedMinutes: 15 }));
  await Meeting.insertMany(
    Array.from({ length: EXTRA.meetings }, (_, i) => ({
      title: `Working group meeting ${i + 1}`,
      startsAt: new Date(Date.now() + (i - EXTRA.meetings / 2) * 14 * DAY),
      durationMinutes: 120,
      language: "en",
      participantIds: ids,
      status: i < EXTRA.meetings / 2 ? "closed" : "scheduled",
      createdBy: secretariat.id,
      agenda,
    })),
  );
  await DocumentModel.insertMany(
    Array.from({ length: EXTRA.documents }, (_, i) => ({
      title: `Good practice ${i + 1}: referral of victims across the border`,
      language: "en",
      classification: ["public", "internal", "restricted"][i % 3],
      status: i % 2 ? "published" : "draft",
      countries: ["BE", "NL"],
      tags: [],
      memberIds: i % 3 === 2 ? ids.slice(0, 3) : [],
      createdBy: ids[i % ids.length],
      searchText: "A victim in danger is referred to a shelter across the border within a day. ".repeat(40),
    })),
  );
  for (let i = 0; i < EXTRA.archiveRecords; i++) {
    await appendArchiveRecord({
      year: 2026, kind: "decision", sourceKey: `decision:bench-${i}`, amends: null, meetingId: String(secretariat._id),
      meetingTitle: `Working group meeting ${i % 20}`, meetingDate: new Date(Date.now() - i * 7 * DAY), itemTitle: `Agenda item ${i}`,
      text: `The shelters of the three countries share their free places, decision ${i}.`, outcome: "adopted", method: "consensus", votes: "null",
      victimNoteKind: "considered", victimNote: "A victim in danger is sheltered across the border within a day, with an interpreter.", tags: [],
      recordedBy: "Noor de Voorzitter", recordedById: null, archivedAt: new Date(), archivedBy: "Sofie Secretariaat", archivedById: null, reason: "",
    });
  }
  const meeting = await Meeting.findOne({ title: "Working group meeting 1" }, { _id: 1 }).lean();
  return { meetingId: String(meeting!._id) };
}

/** Signs the demo secretariat in over HTTP, password and TOTP, as a browser does; returns its cookie. */
export async function signInSecretariat(baseUrl: string): Promise<string> {
  const person = DEMO_PEOPLE.find((p) => p.role === "secretariat")!;
  let cookie = "";
  let csrf = "";
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { "Content-Type": "application/json", origin: baseUrl, cookie, "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith("greychair.sid="));
    if (set) cookie = set.split(";")[0]!;
    const state = (await response.json()) as { stage: string; csrfToken: string };
    csrf = state.csrfToken;
    return { status: response.status, state };
  };
  await call("GET", "/api/auth/session");
  const first = await call("POST", "/api/auth/sign-in", { email: person.email, password: DEMO_PASSWORD });
  if (first.state.stage !== "second_factor") throw new Error(`sign-in failed: ${first.status}`);
  const second = await call("POST", "/api/auth/second-factor", { code: totpCode(person.totp, Date.now()) });
  if (second.state.stage !== "signed_in") throw new Error(`second factor failed: ${second.status}`);
  return cookie;
}
