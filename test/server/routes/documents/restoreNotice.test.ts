import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import type { DocRestoredNotice } from "../../../../shared/events";
import { createDocument, signedInAs } from "../../../support/documentFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";

/** Restoring a version tells the other open editors who restored which version, over their document socket. */
describe("routes: restore notice in the open editors", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const notices = (client: YClient) => {
    const received: DocRestoredNotice[] = [];
    client.socket.on("doc.restored", (notice) => received.push(notice));
    return received;
  };

  /** Anna writes and names two versions; Bram has the document open in his editor. */
  async function twoEditors() {
    const anna = await signedInAs(server);
    const bram = await signedInAs(server);
    const id = await createDocument(anna.http, { template: "blank" });
    const annaEditor = await YClient.open(anna.http, server.url, id);
    const bramEditor = await YClient.open(bram.http, server.url, id);
    clients.push(annaEditor, bramEditor);
    annaEditor.type("eerste versie");
    await annaEditor.settled();
    await anna.http.post(`/api/documents/${id}/versions`, { name: "Concept" });
    const named = (await anna.http.post(`/api/documents/${id}/versions`, { name: "Voor de vergadering" })).body as { id: string; number: number };
    annaEditor.type("later toegevoegd");
    await annaEditor.settled();
    await eventually(() => bramEditor.paragraphs().includes("later toegevoegd"), "Bram has the later line");
    return { anna, bram, id, annaEditor, bramEditor, named };
  }

  it("tells every open editor who restored which version, and when, with the text", async () => {
    const { anna, id, annaEditor, bramEditor, named } = await twoEditors();
    const toBram = notices(bramEditor);
    const toAnna = notices(annaEditor);
    expect(named.number).to.equal(2);
    expect((await anna.http.post(`/api/documents/${id}/versions/${named.id}/restore`)).status).to.equal(204);
    await eventually(() => toBram.length === 1 && toAnna.length === 1, "the notice reached both editors");
    expect(toBram[0]).to.deep.include({ documentId: id, by: { id: anna.built.user.id, name: anna.built.user.name }, version: { id: named.id, number: 2, name: "Voor de vergadering" } });
    expect(Date.parse(toBram[0]!.at)).to.be.closeTo(Date.now(), 60_000);
    await eventually(() => !bramEditor.paragraphs().includes("later toegevoegd"), "and the restored text");
    expect(await AuditEntry.exists({ action: "document.version_restored", targetId: id, actorId: anna.built.user.id })).to.not.equal(null);
    // The history numbers it the same way: the restore is the newest, version 3.
    const list = (await anna.http.get(`/api/documents/${id}/versions`)).body as Array<{ number: number; kind: string }>;
    expect(list.map((v) => [v.number, v.kind])).to.deep.equal([[3, "restore"], [2, "named"], [1, "named"]]);
  });

  it("does not tell a reader of the published copy (an observer): their text did not change", async () => {
    const { anna, id, bramEditor, named } = await twoEditors();
    expect((await anna.http.patch(`/api/documents/${id}`, { classification: "public" })).status).to.equal(200);
    const { http: observer } = await signedInAs(server, "observer");
    const reader = await YClient.open(observer, server.url, id);
    clients.push(reader);
    expect(reader.readOnly).to.equal(true);
    const toReader = notices(reader);
    const toBram = notices(bramEditor);
    expect((await anna.http.post(`/api/documents/${id}/versions/${named.id}/restore`)).status).to.equal(204);
    await eventually(() => toBram.length === 1, "the editor was told");
    await reader.join(); // a round trip on the reader's socket: anything sent before it has arrived
    expect(toReader).to.deep.equal([]);
  });

  it("sends no notice when the restore is refused: forbidden roles, bad input, another document's version", async () => {
    const { anna, id, bramEditor, named } = await twoEditors();
    const toBram = notices(bramEditor);
    const { http: observer } = await signedInAs(server, "observer");
    expectProblem(await observer.post(`/api/documents/${id}/versions/${named.id}/restore`), 404, "not_found"); // an internal draft: not theirs to see
    expectProblem(await anna.http.post(`/api/documents/${id}/versions/not-an-id/restore`), 422, "validation_failed");
    expectProblem(await anna.http.post(`/api/documents/${id}/versions/{"$ne":null}/restore`), 422, "validation_failed");
    const other = await createDocument(anna.http);
    const otherVersion = (await anna.http.post(`/api/documents/${other}/versions`, { name: "Elders" })).body.id as string;
    expectProblem(await anna.http.post(`/api/documents/${id}/versions/${otherVersion}/restore`), 404, "not_found");
    // Archived: nobody may restore, not even its author.
    expect((await anna.http.patch(`/api/documents/${id}`, { status: "archived" })).status).to.equal(200);
    expectProblem(await anna.http.post(`/api/documents/${id}/versions/${named.id}/restore`), 403, "forbidden");
    await bramEditor.join(); // a round trip: any notice sent before it has arrived
    expect(toBram).to.deep.equal([]);
    expect(bramEditor.paragraphs()).to.include("later toegevoegd");
  });
});
