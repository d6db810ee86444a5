import { expect } from "chai";
import mongoose from "mongoose";
import { DocumentVersion } from "../../../server/models/DocumentVersion";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

describe("collaboration: automatic versions", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  // Short pauses so the rule (after a pause, at most one per period of activity) is seen quickly.
  before(async () => (server = await startTestServer({ collaboration: { autoVersionPauseMs: 150, autoVersionEveryMs: 1_000 } })));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const autoVersions = (id: string) => DocumentVersion.find({ documentId: new mongoose.Types.ObjectId(id), kind: "auto" }).sort({ createdAt: 1 }).lean();

  it("records a version after a pause, crediting every editor, and at most one per period", async () => {
    const { http: anna, built: annaUser } = await signedInAs(server);
    const { http: bram, built: bramUser } = await signedInAs(server);
    const id = await createDocument(anna);
    const a = await YClient.open(anna, server.url, id);
    const b = await YClient.open(bram, server.url, id);
    clients.push(a, b);
    a.type("van Anna");
    b.type("van Bram");
    await Promise.all([a.settled(), b.settled()]);
    await eventually(async () => (await autoVersions(id)).length === 1, "a first version after the pause");
    expect((await autoVersions(id))[0]!.authorIds.sort()).to.deep.equal([annaUser.user.id, bramUser.user.id].sort());

    a.type("nog meer");
    await a.settled();
    await new Promise((r) => setTimeout(r, 400)); // a pause, but still within the period
    expect(await autoVersions(id)).to.have.length(1);
    await eventually(async () => (await autoVersions(id)).length === 2, "the next version once the period has passed");
    expect((await autoVersions(id))[1]!.authorIds).to.deep.equal([annaUser.user.id]);
  });
});
