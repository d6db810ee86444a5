import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { embeddedDatabasePid, isAlive, killGroup, spawnServerProcess, waitUntilReady, type ServerProcess } from "../support/serverProcess";

describe("graceful shutdown (server process on the embedded database)", function () {
  this.timeout(90_000);
  let dataDir: string;
  let server: ServerProcess | undefined;

  beforeEach(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-shutdown-"))));
  afterEach(() => {
    if (server) killGroup(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const cases: [string, (s: ServerProcess) => void][] = [
    ["SIGTERM to the process group (as a process manager sends it)", (s) => process.kill(-s.child.pid!, "SIGTERM")],
    ["SIGTERM to the server process only", (s) => s.child.kill("SIGTERM")],
    ["SIGINT to the server process only", (s) => s.child.kill("SIGINT")],
  ];
  for (const [name, signal] of cases) {
    it(`exits 0 within 10 s after ${name}, leaving no database process`, async () => {
      server = await spawnServerProcess(dataDir);
      await waitUntilReady(server);
      while (!server.output().includes("/setup/")) await new Promise((r) => setTimeout(r, 50));
      expect(server.output()).to.include(`Greychair is running at ${server.url}`);
      expect(server.output(), "the one-time link on an empty database").to.match(new RegExp(`${server.url}/setup/[A-Za-z0-9_-]{43}\\n`));
      const dbPid = embeddedDatabasePid(dataDir);
      expect(dbPid, "the embedded database's pid file").to.be.a("number");

      const started = Date.now();
      signal(server);
      const exit = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r("timeout"), 10_000))]);
      expect(exit, server.output()).to.deep.equal({ code: 0, signal: null });
      expect(Date.now() - started).to.be.below(10_000);
      expect(isAlive(dbPid!), "FerretDB still running").to.equal(false);
    });
  }

  it("exits non-zero with a clear message when the embedded database dies", async () => {
    server = await spawnServerProcess(dataDir);
    await waitUntilReady(server);
    while (!server.output().includes("Greychair is running")) await new Promise((r) => setTimeout(r, 50));
    process.kill(embeddedDatabasePid(dataDir)!, "SIGKILL");
    const exit = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r("timeout"), 10_000))]);
    expect(exit).to.deep.equal({ code: 1, signal: null });
    expect(server.output(), server.output()).to.match(/embedded database stopped/);
  });
});
