import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../../server/db/embeddedDatabase";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

describe("collaboration: when storing fails", function () {
  this.timeout(60_000);
  let dataDir: string;
  let database: EmbeddedDatabase;
  let server: TestServer;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-storefail-"));
    database = await startEmbeddedDatabase({ dataDir });
    server = await startTestServer({ databaseUri: database.uri });
  });
  after(async () => {
    await server.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("does not acknowledge the update, tells the editors, and drops the document from memory", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const editor = await YClient.open(http, server.url, id);
    editor.type("stored");
    expect((await editor.settled()).every((ack) => ack.ok)).to.equal(true);

    await database.stop();
    editor.type("not stored");
    const acks = await editor.settled();
    expect(acks[acks.length - 1]).to.deep.equal({ ok: false, code: "store_failed" });
    await eventually(() => editor.closedWith === "store_failed", "the editor is told");
    expect(await server.collaboration.loaded(id)).to.equal(undefined);
    editor.close();
  });
});
