import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import mongoose from "mongoose";
import { createDocument } from "../../support/documentFactories";
import { buildUser } from "../../support/factories";
import { killGroup, spawnServerProcess, waitUntilReady, type ServerProcess } from "../../support/serverProcess";
import { TestClient } from "../../support/testClient";
import { uniqueDatabaseUri } from "../../support/testServer";
import { YClient } from "../../support/yClient";

describe("collaboration: crash safety", function () {
  this.timeout(90_000);
  let dataDir: string;
  let uri: string;
  const processes: ServerProcess[] = [];

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-crash-"));
    uri = uniqueDatabaseUri();
    await mongoose.connect(uri);
  });
  after(async () => {
    processes.forEach(killGroup);
    await mongoose.connection.dropDatabase().catch(() => {});
    await mongoose.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged edit when the server is killed with SIGKILL right after", async () => {
    const built = await buildUser();
    const first = await spawnServerProcess(dataDir, { MONGODB_URI: uri });
    processes.push(first);
    await waitUntilReady(first);
    const http = new TestClient(first.url);
    await http.signIn(built.email, built.password, built.totpSecret);
    const id = await createDocument(http);
    const editor = await YClient.open(http, first.url, id);
    for (let i = 0; i < 100; i++) editor.type(`bevestigde regel ${i}`);
    const acks = await editor.settled();
    expect(acks.filter((ack) => ack.ok)).to.have.length(acks.length);
    const expected = editor.paragraphs();

    process.kill(-first.child.pid!, "SIGKILL");
    await first.exited;
    editor.close();

    const second = await spawnServerProcess(dataDir, { MONGODB_URI: uri });
    processes.push(second);
    await waitUntilReady(second);
    const again = new TestClient(second.url);
    await again.signIn(built.email, built.password, built.totpSecret);
    const reader = await YClient.open(again, second.url, id);
    const deadline = Date.now() + 5_000;
    while (reader.paragraphs().length < expected.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(reader.paragraphs()).to.deep.equal(expected);
    reader.close();
  });
});
