import { expect } from "chai";
import { readPdf } from "../../support/pdfText";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { Training } from "../../../server/models/Training";
import { TrainingRegistration } from "../../../server/models/TrainingRegistration";
import { downloadRaw, pdfWith, uploadRaw } from "../../support/attachmentFiles";
import { signedInAs } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { createTraining, trainingInput } from "../../support/trainingFactories";

const self = { country: "BE", language: "nl" } as const;

describe("routes: /api/trainings", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get("/api/trainings")).status).to.equal(401);
    expect((await anonymous.post("/api/trainings", trainingInput())).status).to.equal(401);
  });

  it("rejects a user without permission: members cannot announce or edit, observers cannot register, drafts stay hidden", async () => {
    const { http: member } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    const { http: secretariat } = await signedInAs(server, "secretariat");
    const before = await Training.countDocuments();
    expect((await member.post("/api/trainings", trainingInput())).status).to.equal(403);
    expect(await Training.countDocuments()).to.equal(before);
    const id = await createTraining(secretariat);
    expect((await member.patch(`/api/trainings/${id}`, { title: "Changed" })).status).to.equal(403);
    expect((await member.post(`/api/trainings/${id}/programme`, { op: "add", entry: { title: "x" } })).status).to.equal(403);
    expect((await member.get(`/api/trainings/${id}/registrations`)).status).to.equal(403);
    expect((await observer.post(`/api/trainings/${id}/registrations`, self)).status).to.equal(403);
    expect(await TrainingRegistration.countDocuments({ trainingId: id })).to.equal(0);
    const draft = await createTraining(secretariat, { status: "draft" });
    expect((await member.get(`/api/trainings/${draft}`)).status).to.equal(404);
    expect((await member.get("/api/trainings")).body.map((t: { id: string }) => t.id)).to.include(id).and.not.include(draft);
    expect((await member.post(`/api/trainings/${draft}/registrations`, self)).status).to.equal(404);
  });

  it("announces a training with its details and a programme built with agenda operations", async () => {
    const { http } = await signedInAs(server, "chair");
    const id = await createTraining(http, { capacityPerCountry: [{ country: "LU", seats: 5 }] });
    const added = await http.post(`/api/trainings/${id}/programme`, { op: "add", entry: { title: "Case work in mixed groups", presenter: "La Strada", plannedMinutes: 90 } });
    expect(added.status).to.equal(200);
    expect(added.body.programme[0]).to.include({ title: "Case work in mixed groups", presenter: "La Strada", plannedMinutes: 90 });
    const detail = (await http.get(`/api/trainings/${id}`)).body;
    expect(detail).to.include({ interpretation: true, capacity: 40, registrationOpen: true, organiser: "secretariat" });
    expect(detail.capacityPerCountry).to.deep.equal([{ country: "LU", seats: 5 }]);
    expect(detail.languages).to.deep.equal(["nl", "fr"]);
    expect(detail.policies).to.deep.equal({ update: true, register: true, registrations: true });
    expect(await AuditEntry.countDocuments({ targetId: id, action: "training.programmeChanged" })).to.equal(1);
  });

  it("rejects bad input with 422 and creates nothing", async () => {
    const { http } = await signedInAs(server, "secretariat");
    const before = await Training.countDocuments();
    for (const body of [
      {},
      trainingInput({ title: "" }),
      trainingInput({ days: [] }),
      trainingInput({ days: [{ date: "2026-13-01", startTime: "09:00", endTime: "10:00" }] }),
      trainingInput({ days: [{ date: "2026-12-01", startTime: "12:00", endTime: "10:00" }] }),
      trainingInput({ capacity: 0 }),
      trainingInput({ capacityPerCountry: [{ country: "BE", seats: 2 }, { country: "BE", seats: 3 }] }),
      trainingInput({ videoUrl: "javascript:alert(1)" }),
      trainingInput({ languages: [] }),
      { ...trainingInput(), organiser: "DE" },
      { ...trainingInput(), title: { $gt: "" } },
      { ...trainingInput(), extra: 1 },
    ]) {
      expect((await http.post("/api/trainings", body)).status, JSON.stringify(body).slice(0, 80)).to.equal(422);
    }
    expect(await Training.countDocuments()).to.equal(before);
    const id = await createTraining(http);
    for (const body of [{ country: "DE", language: "nl" }, { country: "BE" }, { forColleague: true, country: "BE", language: "nl" }, { ...self, needs: "x".repeat(501) }]) {
      expect((await http.post(`/api/trainings/${id}/registrations`, body)).status, JSON.stringify(body)).to.equal(422);
    }
    expect(await TrainingRegistration.countDocuments({ trainingId: id })).to.equal(0);
  });

  it("registers up to capacity, then the waiting list, which moves up when someone cancels", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: first } = await signedInAs(server);
    const { http: second } = await signedInAs(server);
    const id = await createTraining(organiser, { capacity: 1 });
    const a = await first.post(`/api/trainings/${id}/registrations`, self);
    expect(a.status).to.equal(201);
    expect(a.body.status).to.equal("confirmed");
    expect((await first.post(`/api/trainings/${id}/registrations`, self)).body.code).to.equal("already_registered");
    const b = await second.post(`/api/trainings/${id}/registrations`, { ...self, country: "NL" });
    expect(b.body).to.include({ status: "waiting", waitingPosition: 1 });
    expect((await second.delete(`/api/trainings/${id}/registrations/${a.body.id}`)).status, "not theirs").to.equal(403);
    expect((await first.delete(`/api/trainings/${id}/registrations/${a.body.id}`)).status).to.equal(204);
    const mine = (await second.get(`/api/trainings/${id}`)).body.myRegistrations;
    expect(mine).to.have.length(1);
    expect(mine[0]).to.include({ status: "confirmed", waitingPosition: null });
  });

  it("keeps to the country quota and lets a colleague without an account register", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    const id = await createTraining(organiser, { capacity: 10, capacityPerCountry: [{ country: "LU", seats: 1 }] });
    const colleague = await member.post(`/api/trainings/${id}/registrations`, { forColleague: true, name: "Marie Weber", organisation: "Femmes en détresse", country: "LU", language: "fr", needs: "vegetarian" });
    expect(colleague.body).to.include({ status: "confirmed", colleague: true, name: "Marie Weber" });
    const second = await member.post(`/api/trainings/${id}/registrations`, { forColleague: true, name: "Paul Schmit", country: "LU", language: "fr" });
    expect(second.body.status).to.equal("waiting");
    expect((await member.post(`/api/trainings/${id}/registrations`, self)).body.status, "other countries still have seats").to.equal("confirmed");
    const list = await organiser.get(`/api/trainings/${id}/registrations`);
    expect(list.body.map((r: { name: string }) => r.name)).to.have.members(["Marie Weber", "Paul Schmit", list.body.find((r: { country: string }) => r.country === "BE").name]);
    const csv = await downloadRaw(organiser, `/api/trainings/${id}/registrations?format=csv`);
    expect(csv.headers.get("content-type")).to.match(/^text\/csv/);
    expect(csv.body.toString("utf8")).to.contain("Marie Weber").and.contain("vegetarian").and.contain('"waiting list"').and.contain('"French"');
    const dutchCsv = (await downloadRaw(organiser, `/api/trainings/${id}/registrations?format=csv&language=nl`)).body.toString("utf8");
    expect(dutchCsv, "codes in the reader's words").to.contain('"Luxemburg"').and.contain('"wachtlijst"').and.contain('"Frans"');
    const sheet = await downloadRaw(organiser, `/api/trainings/${id}/registrations?format=pdf&language=fr`);
    expect(sheet.headers.get("content-type")).to.equal("application/pdf");
    const pages = readPdf(sheet.body).pages.flat().join("");
    expect(pages).to.contain("Liste de présence").and.contain("Marie Weber").and.not.contain("Paul Schmit");
    expect((await member.get(`/api/trainings/${id}/registrations?format=pdf`)).status).to.equal(403);
    const detail = (await member.get(`/api/trainings/${id}`)).body;
    expect(detail.perCountry.find((c: { country: string }) => c.country === "LU")).to.deep.equal({ country: "LU", confirmed: 1, waiting: 1 });
  });

  it("moves the waiting list up when the organisers add seats", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    const id = await createTraining(organiser, { capacity: 1 });
    await member.post(`/api/trainings/${id}/registrations`, self);
    const waiting = await member.post(`/api/trainings/${id}/registrations`, { forColleague: true, name: "An Peeters", country: "BE", language: "nl" });
    expect(waiting.body.status).to.equal("waiting");
    expect((await organiser.patch(`/api/trainings/${id}`, { capacity: 2 })).status).to.equal(200);
    expect((await TrainingRegistration.findById(waiting.body.id).lean())!.status).to.equal("confirmed");
  });

  it("marks attendance and issues a certificate in the participant's language; not before attendance, not to others", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    const { http: other } = await signedInAs(server);
    const id = await createTraining(organiser);
    const registration = (await member.post(`/api/trainings/${id}/registrations`, { forColleague: true, name: "Sophie Muller", country: "LU", language: "fr" })).body;
    const certificate = `/api/trainings/${id}/registrations/${registration.id}/certificate`;
    expect((await member.get(certificate)).body.code).to.equal("not_attended");
    expect((await member.request("PUT", `/api/trainings/${id}/registrations/${registration.id}/attendance`, { attended: true })).status).to.equal(403);
    expect((await organiser.request("PUT", `/api/trainings/${id}/registrations/${registration.id}/attendance`, { attended: "yes" })).status).to.equal(422);
    expect((await organiser.request("PUT", `/api/trainings/${id}/registrations/${registration.id}/attendance`, { attended: true })).status).to.equal(204);
    expect((await other.get(certificate)).status).to.equal(403);
    const pdf = await downloadRaw(member, certificate);
    expect(pdf.headers.get("content-type")).to.equal("application/pdf");
    const text = readPdf(pdf.body).pages.flat().join("");
    expect(text).to.contain("Attestation de participation").and.contain("Sophie Muller");
  });

  it("closes registration after the deadline", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    const id = await createTraining(organiser, { registrationDeadline: new Date(Date.now() - 60_000).toISOString() });
    expect((await member.post(`/api/trainings/${id}/registrations`, self)).status).to.equal(403);
  });

  it("gives racing registrations for the last seat one seat", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const members = await Promise.all([1, 2, 3, 4].map(() => signedInAs(server)));
    const id = await createTraining(organiser, { capacity: 1 });
    const answers = await Promise.all(members.map(({ http }) => http.post(`/api/trainings/${id}/registrations`, self)));
    expect(answers.map((a) => a.body.status).sort()).to.deep.equal(["confirmed", "waiting", "waiting", "waiting"]);
  });

  it("holds materials: organisers upload, participants download", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    const id = await createTraining(organiser);
    const pdf = await pdfWith("Brochure: gezamenlijke opleidings- en reflectiedagen");
    expect((await uploadRaw(member, `/api/attachments?targetKind=training&targetId=${id}&name=x.pdf`, pdf)).status).to.equal(403);
    const uploaded = await uploadRaw(organiser, `/api/attachments?targetKind=training&targetId=${id}&name=brochure.pdf`, pdf);
    expect(uploaded.status).to.equal(201);
    const [attachment] = (await member.get(`/api/attachments?targetKind=training&targetId=${id}`)).body;
    const file = await downloadRaw(member, `/api/attachments/${attachment.id}/versions/${attachment.versions[0].id}/file`);
    expect(file.body.equals(pdf)).to.equal(true);
  });
});
