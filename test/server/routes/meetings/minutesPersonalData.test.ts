import { expect } from "chai";
import { documentStore } from "../../../../server/collaboration/documentStore";
import { documentPlainText, ydocFromState } from "../../../../server/documents/documentText";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { DocumentModel } from "../../../../server/models/Document";
import { DocumentVersion } from "../../../../server/models/DocumentVersion";
import { Meeting } from "../../../../server/models/Meeting";
import { MinutesReview } from "../../../../server/models/MinutesReview";
import { Notification } from "../../../../server/models/Notification";
import type { Role } from "../../../../shared/domain";
import type { PresentedMinutesReview } from "../../../../shared/minutesReview";
import { findPersonalData } from "../../../../shared/personalData";
import type { PresentedFinding } from "../../../../shared/types";
import { createDocument } from "../../../support/documentFactories";
import { buildUser, type BuiltUser } from "../../../support/factories";
import { buildMeeting } from "../../../support/meetingFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";

const VICTIM = "Het slachtoffer Oksana Melnyk werd in Rotterdam opgevangen.";
const VICTIM_KEY = "person_name:oksana melnyk";

/**
 * The minutes never hold an unacknowledged finding: sign-off runs the personal-data guard over the
 * minutes, where the names of the workspace's own accounts (the people who took part) do not count,
 * and the approved version becomes the published one that invited observers read.
 */
describe("routes: minutes sign-off and the personal-data guard", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer({ notifications: { schedulerIntervalMs: 0 } })));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const signedIn = async (role: Role, name: string) => {
    const built = await buildUser({ role, name });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { built, client };
  };
  const open = async (http: TestClient, id: string) => {
    const client = await YClient.open(http, server.url, id);
    clients.push(client);
    await eventually(() => client.paragraphs().length > 0, "the minutes arrive");
    return client;
  };
  const exported = async (http: TestClient, id: string) => {
    const response = await server.fetch(`/api/documents/${id}/export?format=md`, { headers: { Cookie: http.cookieHeader() } });
    return { status: response.status, text: await response.text() };
  };

  /** A closed meeting with people under real names, its minutes (naming them) under review. */
  const underReview = async () => {
    const secretariat = await signedIn("secretariat", "Sophie Dubois");
    const chair = await signedIn("chair", "Anna Petrova");
    const member = await signedIn("member", "Bram Janssens");
    const observer = await signedIn("observer", "Ngozi Okafor");
    const meeting = await buildMeeting({ status: "closed", participants: [chair.built, member.built, observer.built] });
    await Meeting.updateOne({ _id: meeting._id }, { $set: { attendance: [chair, member, observer].map((p) => ({ userId: p.built.user.id, status: "present" })) } });
    const id = String(meeting._id);
    const minutes = await chair.client.post(`/api/meetings/${id}/minutes`);
    expect(minutes.status, JSON.stringify(minutes.body)).to.equal(200);
    expect((await chair.client.post(`/api/meetings/${id}/minutes/review`, {})).status).to.equal(201);
    return { id, documentId: minutes.body.document.id as string, secretariat, chair, member, observer };
  };
  const signOff = (m: Awaited<ReturnType<typeof underReview>>) => m.secretariat.client.post<PresentedMinutesReview>(`/api/meetings/${m.id}/minutes/sign-off`);
  /** The findings that count; those marked exempt (account names in minutes) are shown to the editor as such. */
  const findings = async (client: TestClient, documentId: string) => (await client.get<PresentedFinding[]>(`/api/documents/${documentId}/findings`)).body.filter((f) => !f.exempt);
  const exempt = async (client: TestClient, documentId: string) => (await client.get<PresentedFinding[]>(`/api/documents/${documentId}/findings`)).body.filter((f) => f.exempt).map((f) => [f.key, f.exempt]);

  it("does not count the names of the people who took part (they are accounts of the workspace): clean minutes sign off", async () => {
    const m = await underReview();
    const text = documentPlainText(ydocFromState((await documentStore.load(m.documentId)).state));
    const flagged = findPersonalData(text).filter((f) => f.kind === "person_name").map((f) => f.key);
    expect(flagged, "the detector on its own flags the attendees the minutes list").to.include.members(["person_name:anna petrova", "person_name:bram janssens"]);
    expect(await findings(m.secretariat.client, m.documentId)).to.deep.equal([]);
    expect(await exempt(m.secretariat.client, m.documentId)).to.deep.include.members([["person_name:anna petrova", "account_name"], ["person_name:bram janssens", "account_name"]]);
    const editor = await open(m.member.client, m.documentId);
    editor.type("A. Petrova opent de vergadering; Bram Janssens stelt de werkwijze voor.");
    await editor.settled();
    expect(await findings(m.secretariat.client, m.documentId)).to.deep.equal([]);
    const signed = await signOff(m);
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
    expect(signed.body.status).to.equal("approved");
  });

  it("refuses sign-off with 409 personal_data_unacknowledged while the minutes name a victim, and changes nothing", async () => {
    const m = await underReview();
    const editor = await open(m.member.client, m.documentId);
    editor.type(VICTIM);
    editor.type("Mevrouw Petrova vult aan."); // a surname alone is not exempt: it could be anyone of that name
    await editor.settled();
    const refused = await signOff(m);
    expectProblem(refused, 409, "personal_data_unacknowledged");
    expect((refused.body as unknown as { findings: PresentedFinding[] }).findings.map((f) => f.key).sort()).to.deep.equal([VICTIM_KEY, "person_name:petrova"]);
    expect((await findings(m.secretariat.client, m.documentId)).map((f) => f.key).sort()).to.deep.equal([VICTIM_KEY, "person_name:petrova"]);

    expect((await MinutesReview.findOne({ meetingId: m.id }).lean())!).to.include({ status: "open", approval: null });
    const record = (await DocumentModel.findById(m.documentId).lean())!;
    expect(record.status).to.not.equal("archived");
    expect(record.published).to.equal(null);
    expect(await DocumentVersion.countDocuments({ documentId: m.documentId, name: "Approved minutes" })).to.equal(0);
    expect(await AuditEntry.exists({ action: "minutes.signed_off", targetId: m.id })).to.equal(null);
    expect(editor.readOnly, "the minutes stay open for editing").to.equal(false);
    await server.notifications.idle();
    expect(await Notification.countDocuments({ type: "minutes_approved", "target.documentId": m.documentId })).to.equal(0);
  });

  it("signs off once the victim's name is rewritten", async () => {
    const m = await underReview();
    const editor = await open(m.member.client, m.documentId);
    editor.type(VICTIM);
    await editor.settled();
    expectProblem(await signOff(m), 409, "personal_data_unacknowledged");
    const paragraphs = editor.fragment();
    paragraphs.delete(paragraphs.length - 1, 1);
    editor.type("Het slachtoffer werd in Rotterdam opgevangen.");
    await editor.settled();
    const signed = await signOff(m);
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
    const version = (await DocumentVersion.findById(signed.body.approval!.versionId).lean())!;
    const frozen = documentPlainText(ydocFromState(new Uint8Array(version.state.buffer)));
    expect(frozen).to.include("Het slachtoffer werd in Rotterdam opgevangen.");
    expect(frozen).to.not.include("Oksana");
  });

  it("signs off once the finding is acknowledged in the document, as elsewhere (only by an editor; audited)", async () => {
    const m = await underReview();
    const editor = await open(m.member.client, m.documentId);
    editor.type(VICTIM);
    await editor.settled();
    const acknowledge = (client: TestClient, key: unknown) => client.post(`/api/documents/${m.documentId}/findings/acknowledge`, { key });
    // Observers may not acknowledge (they do not even see the draft); bad keys change nothing.
    expect((await acknowledge(m.observer.client, VICTIM_KEY)).status).to.be.oneOf([403, 404]);
    for (const key of [42, "", "x".repeat(201), { $ne: null }]) expectProblem(await acknowledge(m.secretariat.client, key), 422, "validation_failed");
    expectProblem(await acknowledge(m.secretariat.client, "person_name:anna petrova"), 404, "not_found"); // exempt: nothing to acknowledge
    expect((await DocumentModel.findById(m.documentId).lean())!.acknowledgements).to.deep.equal([]);
    expectProblem(await signOff(m), 409, "personal_data_unacknowledged");

    const acknowledged = await acknowledge(m.secretariat.client, VICTIM_KEY);
    expect(acknowledged.status, JSON.stringify(acknowledged.body)).to.equal(200);
    expect(await AuditEntry.exists({ action: "document.finding_acknowledged", targetId: m.documentId, actorId: m.secretariat.built.user.id })).to.not.equal(null);
    const signed = await signOff(m);
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
  });

  it("publishes the approved version: the invited observer reads exactly it and is told; later they still read it", async () => {
    const m = await underReview();
    const editor = await open(m.member.client, m.documentId);
    editor.type("Besluit: de opvanghuizen delen hun vrije plaatsen wekelijks.");
    await editor.settled();
    expect((await exported(m.observer.client, m.documentId)).status, "not published before sign-off: the observer reads nothing").to.equal(404);

    const signed = await signOff(m);
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
    const record = (await DocumentModel.findById(m.documentId).lean())!;
    expect(record.published).to.include({ byName: "Sophie Dubois" });
    expect(String(record.published!.byId)).to.equal(m.secretariat.built.user.id);
    const audited = await AuditEntry.findOne({ action: "minutes.signed_off", targetId: m.id }).lean();
    expect(JSON.parse(String(audited!.details)).publishedHash).to.equal(record.published!.hash);

    const read = await exported(m.observer.client, m.documentId);
    expect(read.status).to.equal(200);
    expect(read.text).to.include("Besluit: de opvanghuizen delen hun vrije plaatsen wekelijks.");
    const live = await YClient.open(m.observer.client, server.url, m.documentId);
    clients.push(live);
    expect(live.readOnly).to.equal(true);
    await eventually(() => live.paragraphs().some((p) => p.includes("vrije plaatsen wekelijks")), "the observer is served the approved version");

    await server.notifications.idle();
    const told = await Notification.find({ type: "minutes_approved", "target.documentId": m.documentId }).lean();
    expect(told.map((n) => String(n.recipientId)).sort()).to.deep.equal([m.chair.built.user.id, m.member.built.user.id, m.observer.built.user.id].sort());
  });

  it("the exemption holds in minutes only: an account's name still blocks publishing an ordinary document", async () => {
    const m = await underReview();
    const id = await createDocument(m.member.client, { title: "Werkwijze opvang" });
    const editor = await YClient.open(m.member.client, server.url, id);
    clients.push(editor);
    editor.type("Bram Janssens en Anna Petrova beschrijven de werkwijze.");
    await editor.settled();
    expect((await findings(m.member.client, id)).map((f) => f.key).sort()).to.deep.equal(["person_name:anna petrova", "person_name:bram janssens"]);
    expect(await exempt(m.member.client, id)).to.deep.equal([]);
    expectProblem(await m.member.client.post(`/api/documents/${id}/publish`), 409, "personal_data_unacknowledged");
  });
});
