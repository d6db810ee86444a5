import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { ContactPoint } from "../../../../server/models/ContactPoint";
import type { OrganisationDocument } from "../../../../server/models/Organisation";
import { agendaEntry, buildMeeting } from "../../../support/meetingFactories";
import { anonymousClient, buildContactPoint, buildOrganisation, signedIn } from "../../../support/directoryFactories";
import { expectProblem, issuePaths } from "../../../support/problems";
import type { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

const UNKNOWN_ID = "0123456789abcdef01234567";
const snapshot = async (id: string) => JSON.stringify(await ContactPoint.findById(id).lean());

describe("contact point routes", () => {
  let server: TestServer;
  let police: OrganisationDocument;
  let shelter: OrganisationDocument;
  let member: TestClient;
  let memberId: string;

  before(async () => {
    server = await startTestServer({ verification: { enabled: false } });
    police = await buildOrganisation({ name: "Federale Politie (test)", discipline: "police", country: "BE" });
    shelter = await buildOrganisation({ name: "Sürya (test)", discipline: "specialised_victim_centre", country: "BE" });
    ({ client: member, built: { user: { id: memberId } } } = (await signedIn(server.url, "member", { organisation: police })) as never);
  });
  after(() => server.stop());

  const validInput = (overrides: Record<string, unknown> = {}) => ({
    organisationId: police.id,
    kind: "function",
    function: "Cel mensenhandel",
    languages: ["nl", "fr"],
    channels: { phone: "+44 20 7946 0100", email: "thb@politie.example" },
    tags: ["investigation", "labour_exploitation"],
    ...overrides,
  });

  it("requires authentication (401) and changes nothing", async () => {
    const entry = await buildContactPoint(police);
    const before = await snapshot(entry.id);
    const anonymous = await anonymousClient(server.url);
    expectProblem(await anonymous.get("/api/contact-points"), 401, "unauthorized");
    expectProblem(await anonymous.get(`/api/contact-points/${entry.id}`), 401, "unauthorized");
    expectProblem(await anonymous.get(`/api/contact-points/cards?ids=${entry.id}`), 401, "unauthorized");
    expectProblem(await anonymous.get("/api/contact-points/to-verify"), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/contact-points", validInput()), 401, "unauthorized");
    expectProblem(await anonymous.patch(`/api/contact-points/${entry.id}`, { function: "Changed" }), 401, "unauthorized");
    expectProblem(await anonymous.post(`/api/contact-points/${entry.id}/verification`), 401, "unauthorized");
    expectProblem(await anonymous.delete(`/api/contact-points/${entry.id}`), 401, "unauthorized");
    expect(await snapshot(entry.id)).to.equal(before);
  });

  it("rejects a user without permission: a member of another organisation, a chair, an observer (403), and changes nothing", async () => {
    const entry = await buildContactPoint(police);
    const before = await snapshot(entry.id);
    const count = await ContactPoint.countDocuments();
    const { client: otherMember } = await signedIn(server.url, "member", { organisation: shelter });
    const { client: chair } = await signedIn(server.url, "chair");
    const { client: observer } = await signedIn(server.url, "observer", { organisation: police });
    for (const client of [otherMember, chair, observer]) {
      expectProblem(await client.post("/api/contact-points", validInput()), 403, "forbidden");
      expectProblem(await client.patch(`/api/contact-points/${entry.id}`, { function: "Taken over" }), 403, "forbidden");
      expectProblem(await client.post(`/api/contact-points/${entry.id}/verification`), 403, "forbidden");
      expectProblem(await client.delete(`/api/contact-points/${entry.id}`), 403, "forbidden");
    }
    expectProblem(await observer.get("/api/contact-points/to-verify"), 403, "forbidden");
    expect(await snapshot(entry.id)).to.equal(before);
    expect(await ContactPoint.countDocuments()).to.equal(count);
  });

  it("lets the organisation's members, its named editors, the linked account and the secretariat change an entry (audited)", async () => {
    const { client: secretariat } = await signedIn(server.url, "secretariat");
    const { client: editor, built: editorUser } = await signedIn(server.url, "member", { organisation: shelter });
    const { client: linked, built: linkedUser } = await signedIn(server.url, "member", { organisation: shelter });
    expect((await secretariat.request("PUT", `/api/organisations/${police.id}/editors`, { editorIds: [editorUser.user.id] })).status).to.equal(200);

    const created = await member.post("/api/contact-points", validInput({ kind: "person", name: "Eva Janssens", linkedUserId: linkedUser.user.id, channels: { phone: "+44 20 7946 0101", mobile: "+44 7700 900101" } }));
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body).to.deep.include({ kind: "person", name: "Eva Janssens", displayName: "Eva Janssens", country: "BE" });
    expect(created.body.freshness).to.include({ status: "fresh" });
    expect(created.body.freshness.verifiedBy.id).to.equal(memberId);
    const id = created.body.id as string;

    for (const [client, fn] of [[editor, "By the editor"], [linked, "By the linked account"], [secretariat, "By the secretariat"], [member, "By a member"]] as const) {
      const changed = await client.patch(`/api/contact-points/${id}`, { function: fn });
      expect(changed.status, JSON.stringify(changed.body)).to.equal(200);
      expect(changed.body.function).to.equal(fn);
    }
    expect(await AuditEntry.countDocuments({ action: "contact_point.updated", targetId: id })).to.equal(4);
    expect(await AuditEntry.countDocuments({ action: "contact_point.created", targetId: id })).to.equal(1);
    expect((await member.delete(`/api/contact-points/${id}`)).status).to.equal(204);
    expect(await ContactPoint.exists({ _id: id })).to.equal(null);
    expect(await AuditEntry.countDocuments({ action: "contact_point.deleted", targetId: id })).to.equal(1);
  });

  describe("bad input", () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ["a missing function", validInputShape({ function: undefined }), "body.function"],
      ["an over-long function", validInputShape({ function: "f".repeat(201) }), "body.function"],
      ["an unknown kind", validInputShape({ kind: "robot" }), "body.kind"],
      ["a person without a name", validInputShape({ kind: "person", name: "" }), "body.name"],
      ["a function with a person's name", validInputShape({ name: "Jan Peeters" }), "body.name"],
      ["a mobile on a function", validInputShape({ channels: { mobile: "+44 7700 900100" } }), "body.channels.mobile"],
      ["a national phone number", validInputShape({ channels: { phone: "02 123 45 67" } }), "body.channels.phone"],
      ["a script as e-mail", validInputShape({ channels: { email: '<script>"@x' } }), "body.channels.email"],
      ["an unknown tag", validInputShape({ tags: ["gossip"] }), "body.tags.0"],
      ["a repeated tag", validInputShape({ tags: ["referral", "referral"] }), "body.tags"],
      ["an unknown language", validInputShape({ languages: ["xx"] }), "body.languages.0"],
      ["an operator as organisation", validInputShape({ organisationId: { $ne: null } }), "body.organisationId"],
      ["a field nobody asked for", validInputShape({ verifiedAt: "2020-01-01" }), "body"],
      ["a number as function", validInputShape({ function: 42 }), "body.function"],
    ];
    for (const [what, body, path] of cases) {
      it(`refuses ${what} with 422 and creates nothing`, async () => {
        const count = await ContactPoint.countDocuments();
        const response = await member.post("/api/contact-points", { ...body, organisationId: body.organisationId === "police" ? police.id : body.organisationId });
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response)).to.include(path);
        expect(await ContactPoint.countDocuments()).to.equal(count);
      });
    }

    it("refuses an unknown organisation (404), an unknown linked account (422), an empty change and malformed ids", async () => {
      expectProblem(await member.post("/api/contact-points", { ...validInput(), organisationId: UNKNOWN_ID }), 404, "not_found");
      expectProblem(await member.post("/api/contact-points", validInput({ linkedUserId: UNKNOWN_ID })), 422, "validation_failed");
      const entry = await buildContactPoint(police);
      expectProblem(await member.patch(`/api/contact-points/${entry.id}`, {}), 422, "validation_failed");
      expectProblem(await member.patch(`/api/contact-points/${entry.id}`, { kind: "person" }), 422, "validation_failed");
      expectProblem(await member.get("/api/contact-points/not-an-id"), 422, "validation_failed");
      expectProblem(await member.get(`/api/contact-points/${UNKNOWN_ID}`), 404, "not_found");
    });

    it("refuses oversize and malformed search parameters", async () => {
      expectProblem(await member.get(`/api/contact-points?q=${"a".repeat(101)}`), 422, "validation_failed");
      expectProblem(await member.get("/api/contact-points?limit=1000"), 422, "validation_failed");
      expectProblem(await member.get("/api/contact-points?country=DE"), 422, "validation_failed");
      expectProblem(await member.get("/api/contact-points?tag=a&tag=b"), 422, "validation_failed");
      expectProblem(await member.get("/api/contact-points/cards?ids=nope"), 422, "validation_failed");
      expectProblem(await member.get(`/api/contact-points/cards?ids=${Array.from({ length: 101 }, () => UNKNOWN_ID).join(",")}`), 422, "validation_failed");
    });
  });

  describe("search", () => {
    let lux: OrganisationDocument;
    before(async () => {
      lux = await buildOrganisation({ name: "Inspection du travail et des mines (test)", discipline: "labour_inspection", country: "LU" });
      await buildContactPoint(lux, { function: "Cellule exploitation par le travail", tags: ["labour_exploitation"], languages: ["fr", "de"] });
      await buildContactPoint(lux, { kind: "person", name: "Sophie Wéber", function: "Inspectrice", tags: ["labour_exploitation"], languages: ["lb"] });
      await buildContactPoint(shelter, { function: "Permanence (a.b*c)", tags: ["shelter_places"], languages: ["fr"] });
    });

    const names = (response: { body: { items: Array<{ displayName: string }> } }) => response.body.items.map((i) => i.displayName);

    it("filters by country, discipline, tag, language and kind, and finds words without accents or case", async () => {
      expect(names(await member.get("/api/contact-points?country=LU&tag=labour_exploitation"))).to.have.members(["Cellule exploitation par le travail", "Sophie Wéber"]);
      expect(names(await member.get("/api/contact-points?discipline=labour_inspection&language=lb"))).to.deep.equal(["Sophie Wéber"]);
      expect(names(await member.get("/api/contact-points?q=WEBER"))).to.deep.equal(["Sophie Wéber"]);
      expect(names(await member.get("/api/contact-points?q=mines&kind=function"))).to.deep.equal(["Cellule exploitation par le travail"]);
      expect(names(await member.get("/api/contact-points?q=surya"))).to.include("Permanence (a.b*c)");
    });

    it("treats regular-expression characters and operators in the words literally", async () => {
      expect(names(await member.get(`/api/contact-points?q=${encodeURIComponent("(a.b*c)")}`))).to.deep.equal(["Permanence (a.b*c)"]);
      expect((await member.get(`/api/contact-points?q=${encodeURIComponent(".*")}`)).body.total).to.equal(0);
      expect((await member.get(`/api/contact-points?q=${encodeURIComponent('{"$ne":null}')}`)).body.total).to.equal(0);
    });

    it("pages through results with a total", async () => {
      const first = await member.get("/api/contact-points?country=LU&limit=1");
      const second = await member.get("/api/contact-points?country=LU&limit=1&offset=1");
      expect(first.body.total).to.equal(2);
      expect([...names(first), ...names(second)]).to.have.members(["Cellule exploitation par le travail", "Sophie Wéber"]);
    });

    it("shows observers the function-based entries only, unless the secretariat granted named people", async () => {
      const { client: observer } = await signedIn(server.url, "observer");
      expect(names(await observer.get("/api/contact-points?country=LU"))).to.deep.equal(["Cellule exploitation par le travail"]);
      const { client: granted } = await signedIn(server.url, "observer", { directoryPeopleUntil: new Date(Date.now() + 86_400_000) });
      expect(names(await granted.get("/api/contact-points?country=LU"))).to.have.members(["Cellule exploitation par le travail", "Sophie Wéber"]);
      const { client: expired } = await signedIn(server.url, "observer", { directoryPeopleUntil: new Date(Date.now() - 1_000) });
      expect(names(await expired.get("/api/contact-points?country=LU"))).to.deep.equal(["Cellule exploitation par le travail"]);
    });
  });

  describe("privacy and audit of details", () => {
    it("shows a named person's mobile to members, chairs and the secretariat only, and audits each opening", async () => {
      const person = await buildContactPoint(police, { kind: "person", name: "Jan Peeters", mobile: "+44 7700 900555" });
      const { client: chair } = await signedIn(server.url, "chair");
      const { client: secretariat } = await signedIn(server.url, "secretariat");
      for (const client of [member, chair, secretariat]) {
        const response = await client.get(`/api/contact-points/${person.id}`);
        expect(response.status).to.equal(200);
        expect(response.body.channels.mobile).to.equal("+44 7700 900555");
      }
      const { client: observer } = await signedIn(server.url, "observer");
      expectProblem(await observer.get(`/api/contact-points/${person.id}`), 404, "not_found");
      const { client: granted, built } = await signedIn(server.url, "observer", { directoryPeopleUntil: new Date(Date.now() + 86_400_000) });
      const seen = await granted.get(`/api/contact-points/${person.id}`);
      expect(seen.status).to.equal(200);
      expect(seen.body.channels.mobile).to.equal(null);
      expect(JSON.stringify(seen.body)).not.to.include("900555");
      const audited = await AuditEntry.find({ action: "contact_point.viewed", targetId: person.id }).lean();
      expect(audited).to.have.length(4);
      expect(audited.map((a) => a.actorId)).to.include(built.user.id);
      // The person's name stays out of the append-only log: the entry is named by its function.
      expect(audited.every((a) => !a.targetLabel!.includes("Jan Peeters"))).to.equal(true);
    });

    it("does not audit opening a function-based entry, and never lists mobiles in search results", async () => {
      const fn = await buildContactPoint(police, { function: "Permanentie DJSOC" });
      expect((await member.get(`/api/contact-points/${fn.id}`)).status).to.equal(200);
      expect(await AuditEntry.countDocuments({ action: "contact_point.viewed", targetId: fn.id })).to.equal(0);
      await buildContactPoint(police, { kind: "person", mobile: "+44 7700 900777" });
      expect(JSON.stringify((await member.get("/api/contact-points?limit=100")).body)).not.to.include("900777");
    });
  });

  describe("cards and references", () => {
    it("resolves cards the caller may see and reports the rest as missing, without telling which exist", async () => {
      const fn = await buildContactPoint(police, { function: "Cel mensenhandel (cards)" });
      const person = await buildContactPoint(police, { kind: "person", name: "Card Person" });
      const ids = `${fn.id},${person.id},${UNKNOWN_ID}`;
      const forMember = await member.get(`/api/contact-points/cards?ids=${ids}`);
      expect(forMember.body.cards.map((c: { id: string }) => c.id)).to.deep.equal([fn.id, person.id]);
      expect(forMember.body.cards[0]).to.deep.equal({ id: fn.id, kind: "function", displayName: "Cel mensenhandel (cards)", function: "Cel mensenhandel (cards)", organisation: { id: police.id, name: police.name }, country: "BE", freshness: "fresh" });
      expect(forMember.body.missing).to.deep.equal([UNKNOWN_ID]);
      const { client: observer } = await signedIn(server.url, "observer");
      const forObserver = await observer.get(`/api/contact-points/cards?ids=${ids}`);
      expect(forObserver.body.cards.map((c: { id: string }) => c.id)).to.deep.equal([fn.id]);
      expect(forObserver.body.missing).to.deep.equal([person.id, UNKNOWN_ID]);
    });

    it("lets agenda items keep contact point references (optional, backward compatible)", async () => {
      const { client: chair, built } = await signedIn(server.url, "chair");
      const fn = await buildContactPoint(police);
      const meeting = await buildMeeting({ createdBy: built, participants: [built], agenda: [agendaEntry({ title: "Old item" })] });
      const meetingId = String(meeting._id);
      const added = await chair.post(`/api/meetings/${meetingId}/agenda/operations`, { op: "add", entry: { title: "Cross-border referral", contactPointIds: [fn.id] } });
      expect(added.status, JSON.stringify(added.body)).to.be.oneOf([200, 201]);
      const agenda = (await chair.get(`/api/meetings/${meetingId}/agenda`)).body;
      const entries = agenda.entries as Array<{ title: string; contactPointIds: string[] }>;
      expect(entries.find((e) => e.title === "Cross-border referral")!.contactPointIds).to.deep.equal([fn.id]);
      expect(entries.find((e) => e.title === "Old item")!.contactPointIds).to.deep.equal([]);
      expectProblem(await chair.post(`/api/meetings/${meetingId}/agenda/operations`, { op: "add", entry: { title: "Bad", contactPointIds: ["x"] } }), 422, "validation_failed");
    });

    it("lets decisions keep contact point references; a change without them keeps them", async () => {
      const { client: chair, built } = await signedIn(server.url, "chair");
      const fn = await buildContactPoint(police);
      const item = agendaEntry({ title: "Decide on the referral", type: "decision" });
      const meeting = await buildMeeting({ createdBy: built, participants: [built], status: "in_progress", agenda: [item] });
      const input = { itemId: item.id, text: "The police contact points of BE and LU call each other first.", outcome: "adopted", method: "consensus", victimNote: { kind: "considered", text: "A victim is heard in her own language by the first service she meets." } };
      const recorded = await chair.post(`/api/meetings/${String(meeting._id)}/decisions`, { ...input, contactPointIds: [fn.id] });
      expect(recorded.status, JSON.stringify(recorded.body)).to.equal(201);
      expect(recorded.body.contactPointIds).to.deep.equal([fn.id]);
      const { itemId: _itemId, ...change } = input;
      const changed = await chair.patch(`/api/decisions/${recorded.body.id}`, { ...change, text: "Changed text." });
      expect(changed.body.contactPointIds).to.deep.equal([fn.id]);
      expectProblem(await chair.patch(`/api/decisions/${recorded.body.id}`, { ...change, contactPointIds: [fn.id, fn.id] }), 422, "validation_failed");
    });
  });
});

/** The valid input with some fields replaced (undefined removes one); organisationId "police" is filled in per test. */
function validInputShape(overrides: Record<string, unknown>): Record<string, unknown> {
  const base: Record<string, unknown> = { organisationId: "police", kind: "function", function: "Cel mensenhandel", languages: ["nl"], channels: { phone: "+44 20 7946 0100" }, tags: ["referral"] };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}
