import { expect } from "chai";
import { DocumentModel } from "../../../server/models/Document";
import { Notification } from "../../../server/models/Notification";
import { buildUser, type BuiltUser } from "../../support/factories";
import { createDocument } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, mentionParagraph, YClient } from "../../support/yClient";
import type { PersonRef } from "../../../shared/meetingTypes";

describe("collaboration: @name mentions in the document text", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer({ collaboration: { textMentionCheckMs: 100 } })));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const signIn = async (built: BuiltUser) => {
    const http = new TestClient(server.url);
    await http.signIn(built.email, built.password, built.totpSecret);
    return http;
  };
  const mentionsOf = (user: BuiltUser) => Notification.find({ recipientId: user.user.id, type: "mention" }).lean();
  const settle = () => server.notifications.idle();

  it("tells the newly mentioned people who may read the document, once; the author hears who cannot read it; nothing is granted", async () => {
    const anna = await buildUser({ name: "Anna Janssens" });
    const bram = await buildUser({ name: "Bram Peeters" });
    const carl = await buildUser({ name: "Carl Wouters" }); // a member, but not on this restricted document
    const olga = await buildUser({ role: "observer", name: "Olga Ivanova" });
    const dirk = await buildUser({ name: "Dirk Maes" });
    const http = await signIn(anna);
    const id = await createDocument(http, { classification: "restricted", memberIds: [bram.user.id, dirk.user.id] });
    const a = await YClient.open(http, server.url, id);
    clients.push(a);
    const unreachable: PersonRef[][] = [];
    a.socket.on("mention.unreachable", (payload) => payload.documentId === id && unreachable.push(payload.people));

    mentionParagraph(a, "Graag nakijken: ", [
      { id: bram.user.id, label: "Bram Peeters" },
      { id: carl.user.id, label: "Carl Wouters" },
      { id: olga.user.id, label: "Olga Ivanova" },
      { id: "not-an-id", label: "Nobody" },
      { id: "0123456789abcdef01234567", label: "No such account" },
    ]);
    await a.settled();
    await eventually(async () => (await mentionsOf(bram)).length === 1 && unreachable.length === 1, "Bram is told and Anna hears who is not");
    await settle();
    const [notification] = await mentionsOf(bram);
    expect(notification!.actorId).to.equal(anna.user.id);
    expect(notification!.target).to.include({ kind: "document", id });
    expect(unreachable[0]!.map((p) => p.name).sort()).to.deep.equal(["Carl Wouters", "Olga Ivanova"]);
    expect(await mentionsOf(carl)).to.have.length(0);
    expect(await mentionsOf(olga)).to.have.length(0);
    // Mentioning grants nothing: Carl still cannot open the document.
    const carlHttp = await signIn(carl);
    expect((await carlHttp.get(`/api/documents/${id}`)).status).to.equal(404);

    // More text and a new mention: only Dirk is new; Bram is not told again.
    a.type("Nog een alinea");
    mentionParagraph(a, "En ook ", [{ id: dirk.user.id, label: "Dirk Maes" }, { id: bram.user.id, label: "Bram Peeters" }]);
    await a.settled();
    await eventually(async () => (await mentionsOf(dirk)).length === 1, "Dirk is told");
    await settle();
    expect(await mentionsOf(bram)).to.have.length(1);
    expect(unreachable).to.have.length(1);

    // Leaving and coming back (the document is stored and loaded again): still once each.
    a.close();
    clients.splice(0);
    await eventually(async () => ((await DocumentModel.findById(id).lean())!.textMentionIds ?? []).includes(dirk.user.id), "the mentions are recorded");
    const again = await YClient.open(http, server.url, id);
    clients.push(again);
    again.type("Terug");
    await again.settled();
    const recorded = (await DocumentModel.findById(id).lean())!.textMentionIds;
    expect([...recorded].sort()).to.deep.equal(["0123456789abcdef01234567", bram.user.id, carl.user.id, dirk.user.id, olga.user.id].sort());
    await settle();
    expect(await mentionsOf(bram)).to.have.length(1);
    expect(await mentionsOf(dirk)).to.have.length(1);
  });

  it("ignores mentions sent by someone who may only read (their updates are dropped)", async () => {
    const anna = await buildUser();
    const bram = await buildUser();
    const observer = await buildUser({ role: "observer" });
    const http = await signIn(anna);
    const id = await createDocument(http, { classification: "public" });
    await http.post(`/api/documents/${id}/publish`, {});
    const reader = await YClient.open(await signIn(observer), server.url, id);
    clients.push(reader);
    expect(reader.readOnly).to.equal(true);
    mentionParagraph(reader, "Hallo ", [{ id: bram.user.id, label: "Bram" }]);
    await reader.settled();
    // An editor's later edit runs a check: it finds no mention of Bram.
    const editor = await YClient.open(http, server.url, id);
    clients.push(editor);
    editor.type("Tekst");
    await editor.settled();
    clients.splice(0).forEach((c) => c.close()); // the last to leave: the document is stored
    await eventually(async () => (await DocumentModel.findById(id).lean())!.searchText.includes("Tekst"), "the document is stored");
    await settle();
    expect(await mentionsOf(bram)).to.have.length(0);
    expect((await DocumentModel.findById(id).lean())!.textMentionIds).to.deep.equal([]);
  });
});
