import { expect } from "chai";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { findFreePort } from "../../server/db/freePort";
import { DEMO_PEOPLE } from "../../scripts/demo/demoPeople";
import { databaseProcesses } from "../support/serverProcess";

/** Documents per collection of the demo's database, read straight from its FerretDB. */
async function contents(dataDir: string): Promise<Record<string, number>> {
  const client = new mongoose.mongo.MongoClient(readFileSync(path.join(dataDir, "ferretdb.uri"), "utf8").trim(), { directConnection: true });
  try {
    await client.connect();
    const counts: Record<string, number> = {};
    for (const collection of await client.db().collections()) counts[collection.collectionName] = await collection.countDocuments();
    return counts;
  } finally {
    await client.close();
  }
}

describe("npm run demo (scripts/demo.ts)", function () {
  this.timeout(120_000);
  let dataDir: string;
  before(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-demo-"))));
  after(() => {
    for (const pid of databaseProcesses(dataDir)) process.kill(pid, "SIGKILL"); // only if the test failed half-way
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers /readyz and prints the URL and the credentials only once the workspace is seeded", async () => {
    const port = await findFreePort();
    const demo = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts"], {
      env: { ...process.env, DEMO_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    demo.stdout.on("data", (chunk) => (output += chunk));
    demo.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => demo.on("exit", (code) => resolve(code)));
    try {
      // The first moment /readyz says 200, the database must already hold the whole workspace.
      let atFirstReady: Record<string, number> | undefined;
      while (!atFirstReady) {
        if (demo.exitCode !== null) throw new Error(`the demo exited:\n${output}`);
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
        if (ready) atFirstReady = await contents(dataDir);
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
      while (!output.includes("Stop with Ctrl-C")) await new Promise((resolve) => setTimeout(resolve, 50));

      expect(output).to.include("Seeding the demo workspace…");
      expect(output).to.include(`Greychair demo is running at http://127.0.0.1:${port}`);
      for (const person of DEMO_PEOPLE) expect(output).to.match(new RegExp(`${person.email} +TOTP secret ${person.totp}  code now \\d{6}`));
      expect(output.indexOf("Seeding")).to.be.below(output.indexOf("is running at"));

      expect(atFirstReady.users, "accounts when /readyz first said 200").to.equal(DEMO_PEOPLE.length);
      expect(atFirstReady.archiverecords, "archive records when /readyz first said 200").to.be.greaterThan(0);
      expect(atFirstReady, "nothing was still being seeded").to.deep.equal(await contents(dataDir));
    } finally {
      demo.kill("SIGTERM");
    }
    expect(await exited, output).to.equal(0);
    expect(databaseProcesses(dataDir)).to.deep.equal([]);
  });
});
