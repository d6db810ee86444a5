import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../../../server/db/embeddedDatabase";
import { databaseProcesses, embeddedDatabasePid, isAlive, killGroup, spawnServerProcess, waitUntilReady, type ServerProcess } from "../../support/serverProcess";

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once("exit", () => resolve()));

describe("embedded database: process safety", function () {
  this.timeout(120_000);
  let dataDir: string;
  const servers: ServerProcess[] = [];
  const strays: number[] = [];
  const server = async () => {
    const started = await spawnServerProcess(dataDir);
    servers.push(started);
    return started;
  };

  beforeEach(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-dbproc-"))));
  afterEach(() => {
    for (const s of servers.splice(0)) killGroup(s);
    // FerretDBs this test started and orphaned on purpose: by pid, never by name.
    for (const pid of [...strays.splice(0), ...databaseProcesses(dataDir)]) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("leaves exactly one FerretDB on the directory after a server is killed while its FerretDB starts", async () => {
    const first = await server();
    let orphan: number | undefined;
    while (orphan === undefined) {
      if (first.child.exitCode !== null) throw new Error(`server exited early:\n${first.output()}`);
      orphan = databaseProcesses(dataDir)[0];
      if (orphan === undefined) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // Freeze the new FerretDB so it cannot answer the first ping: the server is surely still starting.
    process.kill(orphan, "SIGSTOP");
    strays.push(orphan);
    first.child.kill("SIGKILL"); // the server only: its FerretDB is orphaned, as with kill -9 <server>
    await first.exited;
    process.kill(orphan, "SIGCONT");

    const second = await server();
    await waitUntilReady(second);
    const running = databaseProcesses(dataDir);
    expect(running, "FerretDB processes on this directory").to.have.length(1);
    expect(running[0]).to.equal(embeddedDatabasePid(dataDir));
    expect(isAlive(orphan) && databaseProcesses(dataDir).includes(orphan), "the orphan was stopped").to.equal(false);

    second.child.kill("SIGTERM");
    expect(await second.exited).to.deep.equal({ code: 0, signal: null });
    expect(databaseProcesses(dataDir)).to.deep.equal([]);
  });

  it("refuses a second server on the same data directory with one line and exit code 1; the first keeps running", async () => {
    const first = await server();
    await waitUntilReady(first);
    const firstDatabase = embeddedDatabasePid(dataDir)!;

    const second = await server();
    const exit = await second.exited;
    expect(exit, second.output()).to.deep.equal({ code: 1, signal: null });
    const lines = second.output().trim().split("\n");
    expect(lines, second.output()).to.have.length(1);
    expect(lines[0]).to.match(new RegExp(`^Greychair cannot start: another Greychair \\(pid ${first.child.pid}, since [^)]+\\) is using the data directory ${dataDir}; stop it first or set another DATA_DIR$`));

    expect((await fetch(`${first.url}/readyz`)).status).to.equal(200);
    expect(databaseProcesses(dataDir)).to.deep.equal([firstDatabase]);
    expect(embeddedDatabasePid(dataDir)).to.equal(firstDatabase);

    // A crashed server's lock does not block the next start.
    first.child.kill("SIGKILL");
    await first.exited;
    const third = await server();
    await waitUntilReady(third);
    expect(databaseProcesses(dataDir)).to.have.length(1);
    expect(isAlive(firstDatabase) && databaseProcesses(dataDir).includes(firstDatabase)).to.equal(false);
  });

  it("leaves alone an unrelated process whose pid is in the pid file, even one that looks like a FerretDB", async () => {
    // A FerretDB of another data directory (as far as its command line tells): not ours to stop.
    const otherStateDir = path.join(dataDir, "elsewhere", "ferretdb");
    mkdirSync(otherStateDir, { recursive: true });
    const unrelated = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "ferretdb", `--state-dir=${otherStateDir}`], { stdio: "ignore" });
    try {
      writeFileSync(path.join(dataDir, "ferretdb.pid"), String(unrelated.pid));
      const database = await startEmbeddedDatabase({ dataDir });
      try {
        expect(isAlive(unrelated.pid!), "the unrelated process still runs").to.equal(true);
        expect(readFileSync(path.join(dataDir, "ferretdb.pid"), "utf8")).to.equal(String(database.pid));
      } finally {
        await database.stop();
      }
    } finally {
      unrelated.kill("SIGKILL");
      await exitOf(unrelated);
    }
  });

  it("also stops a process on this state directory that no pid file names (a server killed right at spawn)", async () => {
    const stateDir = path.join(path.resolve(dataDir), "ferretdb");
    mkdirSync(stateDir, { recursive: true });
    const leftover = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "ferretdb", `--state-dir=${stateDir}`], { stdio: "ignore" });
    strays.push(leftover.pid!);
    const database = await startEmbeddedDatabase({ dataDir });
    try {
      await exitOf(leftover);
      expect(leftover.signalCode).to.equal("SIGTERM");
      expect(databaseProcesses(dataDir)).to.deep.equal([database.pid]);
    } finally {
      await database.stop();
    }
  });
});
