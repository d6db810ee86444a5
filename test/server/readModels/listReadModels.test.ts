import { expect } from "chai";
import mongoose from "mongoose";
import { DocumentModel } from "../../../server/models/Document";
import { Meeting } from "../../../server/models/Meeting";
import { User } from "../../../server/models/User";
import { literalText } from "../../../server/readModels/literalText";
import { ReadModel } from "../../../server/readModels/readModel";
import type { Role } from "../../../shared/domain";
import { createDocument } from "../../support/documentFactories";
import { buildUser, type BuiltUser } from "../../support/factories";
import { buildDecision, buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

interface Person {
  built: BuiltUser;
  http: TestClient;
}

const ids = (list: Array<{ id: string }>) => list.map((d) => d.id);

/** What differs between two reads of the same thing: when a meeting page was served (its timer's clock), a problem's request id. */
function withoutPerRequest(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...body, requestId: null };
  if (copy.live && typeof copy.live === "object") copy.live = { ...copy.live, serverTime: null };
  return copy;
}

/**
 * The meeting, document and archive lists (and a meeting's page) are served from in-process read
 * models (server/readModels/). These tests hold them to the database: every answer must equal the
 * one the database query gives (READ_MODEL_TTL_MS=0 path) for every role, after creates, updates
 * and deletes, and every write must show on the writer's next read.
 */
describe("read models: lists served from memory agree with the database", () => {
  let server: TestServer;
  const people = {} as Record<"secretariat" | "chair" | "memberA" | "memberB" | "observer", Person>;
  const signedIn = async (role: Role): Promise<Person> => {
    const built = await buildUser({ role });
    const http = new TestClient(server.url);
    await http.signIn(built.email, built.password, built.totpSecret);
    return { built, http };
  };

  /** The answer (status and body) the database path gives (the read models off), then the read models' answer. */
  async function bothWays(person: Person, path: string): Promise<{ database: unknown; memory: unknown }> {
    const answer = async () => {
      const response = await person.http.get(path);
      return { status: response.status, body: withoutPerRequest(response.body) };
    };
    ReadModel.configure({ ttlMs: 0 });
    let database: unknown;
    try {
      database = await answer();
    } finally {
      ReadModel.configure({ ttlMs: server.config.readModelTtlMs });
    }
    return { database, memory: await answer() };
  }

  async function expectAgreement(paths: string[], who: Array<keyof typeof people> = ["secretariat", "chair", "memberA", "memberB", "observer"]) {
    for (const name of who) {
      for (const path of paths) {
        const { database, memory } = await bothWays(people[name], path);
        expect(memory, `${name} ${path}`).to.deep.equal(database);
      }
    }
  }

  before(async () => {
    server = await startTestServer();
    for (const [name, role] of [["secretariat", "secretariat"], ["chair", "chair"], ["memberA", "member"], ["memberB", "member"], ["observer", "observer"]] as const) {
      people[name] = await signedIn(role);
    }
  });
  after(() => server.stop());

  it("requires authentication for every list the read models serve", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    const meeting = await buildMeeting();
    for (const path of ["/api/meetings", "/api/documents", "/api/archive", `/api/meetings/${meeting._id}`]) {
      expectProblem(await anonymous.get(path), 401, "unauthorized");
    }
  });

  it("rejects a user without permission: a meeting's page, the archive, a restricted document stay closed from memory too", async () => {
    const { memberA, memberB, observer } = people;
    const meeting = await buildMeeting({ participants: [memberA.built] });
    const draft = await buildMeeting({ status: "draft", participants: [memberA.built] });
    expect((await memberA.http.get(`/api/meetings/${meeting._id}`)).status).to.equal(200);
    expectProblem(await memberB.http.get(`/api/meetings/${meeting._id}`), 403, "forbidden");
    expectProblem(await memberA.http.get(`/api/meetings/${draft._id}`), 403, "forbidden");
    expectProblem(await memberA.http.get("/api/meetings/0123456789abcdef01234567"), 404, "not_found");
    expectProblem(await observer.http.get("/api/archive"), 403, "forbidden");
    const restricted = await createDocument(memberA.http, { title: "Named only", classification: "restricted" });
    expect(ids((await memberA.http.get("/api/documents")).body)).to.include(restricted);
    expect(ids((await memberB.http.get("/api/documents")).body)).to.not.include(restricted);
    expect(ids((await observer.http.get("/api/documents")).body)).to.not.include(restricted);
  });

  it("meetings: each role's list and pages equal the database's after creates, updates, publishing and deletes; the writer sees each write at once", async () => {
    const { chair, memberA, memberB } = people;
    const created = await chair.http.post("/api/meetings", {
      title: "Spring meeting",
      startsAt: "2030-03-14T08:30:00Z",
      durationMinutes: 150,
      place: "Benelux House, Brussels",
      language: "nl",
      participantIds: [memberA.built.user.id],
      status: "draft",
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const id = created.body.id as string;
    const listed = async (person: Person) => {
      const body = (await person.http.get("/api/meetings")).body as { upcoming: Array<{ id: string; title: string }>; past: Array<{ id: string; title: string }> };
      return [...body.upcoming, ...body.past];
    };
    expect(ids(await listed(chair)), "the creator's next read shows it").to.include(id);
    expect(ids(await listed(memberA)), "a draft is not shown to participants").to.not.include(id);
    await expectAgreement(["/api/meetings", `/api/meetings/${id}`], ["secretariat", "chair"]);

    expect((await chair.http.patch(`/api/meetings/${id}`, { status: "scheduled", title: "Spring meeting (published)" })).status).to.equal(200);
    expect((await listed(memberA)).find((m) => m.id === id)?.title, "published: the participant sees it at once").to.equal("Spring meeting (published)");
    expect((await chair.http.get(`/api/meetings/${id}`)).body.title).to.equal("Spring meeting (published)");
    expect(ids(await listed(memberB)), "not a participant").to.not.include(id);

    expect((await chair.http.patch(`/api/meetings/${id}`, { participantIds: [memberB.built.user.id] })).status).to.equal(200);
    expect(ids(await listed(memberA)), "removed from the meeting: gone from the list at once").to.not.include(id);
    expectProblem(await memberA.http.get(`/api/meetings/${id}`), 403, "forbidden");
    expect(ids(await listed(memberB))).to.include(id);
    await buildMeeting({ title: "Autumn meeting", participants: [memberA.built, memberB.built], startsAt: new Date("2025-10-01T08:00:00Z"), status: "closed" });
    await expectAgreement(["/api/meetings", `/api/meetings/${id}`]);

    await Meeting.deleteOne({ _id: id });
    expect(ids(await listed(chair)), "deleted: gone at once").to.not.include(id);
    expectProblem(await chair.http.get(`/api/meetings/${id}`), 404, "not_found");
    await expectAgreement(["/api/meetings"]);
  });

  it("documents: each role's list, filters and search equal the database's after creates, updates and deletes; the writer sees each write at once", async () => {
    const { secretariat, memberA, memberB } = people;
    const pub = await createDocument(memberA.http, { title: "Screening in de tuinbouw", classification: "public", tags: ["labour"], countries: ["NL"] });
    const internal = await createDocument(memberA.http, { title: "Opvang na de eerste melding", classification: "internal", tags: ["shelter_and_care"], language: "fr" });
    const restricted = await createDocument(memberA.http, { title: "Lopend onderzoek", classification: "restricted", memberIds: [memberB.built.user.id] });
    expect(ids((await memberA.http.get("/api/documents")).body), "the creator's next read shows all three").to.include.members([pub, internal, restricted]);
    expect(ids((await memberB.http.get("/api/documents")).body), "a named member sees the restricted one").to.include(restricted);
    const queries = ["", "?q=tuinbouw", "?q=TUINBOUW", "?q=.*", "?tag=labour", "?country=NL", "?classification=restricted", "?status=draft", "?language=fr", "?q=opvang&language=fr"];
    await expectAgreement(queries.map((q) => `/api/documents${q}`));

    expect((await memberA.http.patch(`/api/documents/${restricted}`, { memberIds: [] })).status).to.equal(200);
    expect(ids((await memberB.http.get("/api/documents")).body), "no longer named: gone from the list at once").to.not.include(restricted);
    expect((await memberA.http.patch(`/api/documents/${pub}`, { title: "Screening in de glastuinbouw" })).status).to.equal(200);
    expect((await memberA.http.get("/api/documents?q=glastuinbouw")).body.map((d: { title: string }) => d.title)).to.deep.equal(["Screening in de glastuinbouw"]);
    expect(ids((await memberA.http.get("/api/documents")).body)[0], "the last changed comes first").to.equal(pub);
    await DocumentModel.updateOne({ _id: internal }, { $set: { searchText: "Gezamenlijke inspecties in de kassen" } }); // as the collaboration server writes it
    expect(ids((await memberB.http.get("/api/documents?q=kassen")).body)).to.deep.equal([internal]);
    await expectAgreement(queries.map((q) => `/api/documents${q}`));

    await DocumentModel.updateOne({ _id: internal }, { $set: { deletedAt: new Date() } });
    await DocumentModel.deleteOne({ _id: pub });
    const left = ids((await secretariat.http.get("/api/documents")).body);
    expect(left, "deleted documents are gone at once").to.not.include.members([internal]);
    expect(left).to.not.include(pub);
    expect(left).to.include(restricted);
    await expectAgreement(queries.map((q) => `/api/documents${q}`));
  });

  it("documents: a repeated list is the same answer with the same ETag, and never outlives a renamed creator or serves another reader's answer", async () => {
    const { memberA, memberB, observer } = people;
    const id = await createDocument(memberA.http, { title: "Netwerk van vertrouwenspersonen", classification: "restricted", memberIds: [memberA.built.user.id] });
    const first = await memberA.http.get("/api/documents");
    const again = await memberA.http.get("/api/documents");
    expect(again.body).to.deep.equal(first.body);
    expect(again.headers.get("etag")).to.be.a("string").and.equal(first.headers.get("etag"));
    expect(again.headers.get("content-type")).to.match(/^application\/json/);
    // Another reader with the same query gets their own answer: the restricted document is not in it.
    expect(ids((await memberB.http.get("/api/documents")).body)).to.not.include(id);
    expect(ids((await observer.http.get("/api/documents")).body)).to.not.include(id);
    await User.updateOne({ _id: memberA.built.user.id }, { $set: { name: "Vertrouwde Naam" } });
    const renamed = (await memberA.http.get("/api/documents")).body.find((d: { id: string }) => d.id === id);
    expect(renamed.createdBy.name, "the creator's new name at once").to.equal("Vertrouwde Naam");
  });

  it("documents: observers search only what was published (title and text), from memory as from the database; editors search the draft", async () => {
    const { memberA, observer } = people;
    const id = await createDocument(memberA.http, { title: "Bewustmaking in de horeca", classification: "public" });
    await DocumentModel.updateOne({ _id: id }, { $set: { "published.text": "Affiches in de keuken" } }); // as publishing writes it
    expect((await memberA.http.patch(`/api/documents/${id}`, { title: "Bewustmaking in de schoonmaak" })).status).to.equal(200);
    await DocumentModel.updateOne({ _id: id }, { $set: { searchText: "Folders in de wasserette" } }); // the draft, as the collaboration server writes it
    const paths = ["horeca", "keuken", "schoonmaak", "wasserette"].map((q) => `/api/documents?q=${q}`);
    await expectAgreement(paths);
    const found = async (person: Person, q: string) => ids((await person.http.get(`/api/documents?q=${q}`)).body).includes(id);
    expect([await found(observer, "horeca"), await found(observer, "keuken")], "the published title and text").to.deep.equal([true, true]);
    expect([await found(observer, "schoonmaak"), await found(observer, "wasserette")], "never the draft's").to.deep.equal([false, false]);
    expect([await found(memberA, "schoonmaak"), await found(memberA, "wasserette"), await found(memberA, "keuken")], "editors search the draft").to.deep.equal([true, true, false]);
    const listed = (await observer.http.get("/api/documents")).body.find((d: { id: string }) => d.id === id);
    expect(listed.title, "observers are shown the published title").to.equal("Bewustmaking in de horeca");
    expect(listed.policies.readDraft).to.equal(false);
  });

  it("archive: every search equals the database's, with the right total and integrity, after finalising and amending", async () => {
    const { secretariat, chair } = people;
    const meeting = await buildMeeting({ title: "Archive meeting", status: "closed", startsAt: new Date("2026-03-14T09:30:00Z") });
    await buildDecision(meeting, chair.built);
    await buildDecision(meeting, chair.built, { text: "The next meeting is in Luxembourg.", outcome: "postponed", victimNote: { kind: "not_applicable", text: "A practical arrangement only." } });
    const finalised = await secretariat.http.post(`/api/meetings/${meeting._id}/finalise`);
    expect(finalised.status, JSON.stringify(finalised.body)).to.equal(200);
    const [first] = finalised.body.numbers as string[];
    expect((await secretariat.http.get("/api/archive?q=luxembourg")).body.total, "the finaliser's next search shows them").to.equal(1);
    const amendment = await secretariat.http.post(`/api/archive/${first}/amendments`, {
      text: "The shelters exchange their free places twice a week.",
      outcome: "adopted",
      reason: "The meeting agreed twice a week.",
      victimNote: { kind: "considered", text: "Faster exchange shortens the time a victim in danger waits for a safe place." },
    });
    expect(amendment.status, JSON.stringify(amendment.body)).to.equal(201);
    const search = (await secretariat.http.get(`/api/archive?meetingId=${meeting._id}`)).body as { records: Array<{ number: string; amendedBy: string[] }>; total: number };
    expect(search.total, "the amendment shows at once").to.equal(3);
    expect(search.records.find((r) => r.number === first)?.amendedBy).to.deep.equal([amendment.body.number]);
    const queries = ["", "?q=twice", "?q=LUXEMBOURG", "?q=(", "?from=2026-03-14&to=2026-03-14", "?from=2026-03-15", "?to=2026-03-13", `?meetingId=${meeting._id}`, "?outcome=postponed", "?tag=shelter_and_care", "?limit=1", "?limit=1&offset=1", "?offset=2"];
    await expectAgreement(queries.map((q) => `/api/archive${q}`), ["secretariat", "memberA"]);
  });

  it("matches user text as the database does: literally, ignoring case by the same Unicode folding", async () => {
    const values = ["Straße", "STRASSE", "Kelvin", "\u212Aelvin", "ſtraat", "Σίσυφος", "ΣΊΣΥΦΟΣ", "σίσυφοσ", "İstanbul", "istanbul", "Ärger", "ärger", "a.b", "axb", "(x)", "ÉCOLE", "école"];
    const patterns = ["straße", "strasse", "kelvin", "STRAAT", "σίσυφος", "ΣΊΣΥΦΟς", "istanbul", "İSTANBUL", "ärger", "a.b", "(x", "école", "e"];
    const collection = mongoose.connection.collection("literal_text_check");
    await collection.insertMany(values.map((value) => ({ value })));
    try {
      for (const pattern of patterns) {
        const text = literalText(pattern);
        const fromDatabase = (await collection.find({ value: text.filter }).toArray()).map((d) => d.value as string).sort();
        expect(values.filter((v) => text.matches(v)).sort(), pattern).to.deep.equal(fromDatabase);
      }
    } finally {
      await collection.drop();
    }
  });
});
