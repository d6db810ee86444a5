// One embedded FerretDB per test run, in a fresh temporary directory, removed afterwards.
// Tests get their own database name on it (see testServer.ts), so they never see each other's data.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../server/db/embeddedDatabase";

let database: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-test-db-"));
  database = await startEmbeddedDatabase({
    dataDir,
    databaseName: "unused",
    onUnexpectedExit: (detail) => {
      console.error(`The test database died: ${detail}`);
      process.exit(1);
    },
  });
  process.env.GREYCHAIR_TEST_MONGODB_BASE = database.uri.replace(/\/unused$/, "");
  // Tests that need the database to stop answering for a while pause it (SIGSTOP/SIGCONT).
  process.env.GREYCHAIR_TEST_DATABASE_PID = String(database.pid);
  // If mocha is killed or crashes, the database must not outlive it.
  process.on("exit", () => database?.kill());
}

export async function mochaGlobalTeardown(): Promise<void> {
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
