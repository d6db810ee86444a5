// `npm run demo`: Greychair with a seeded Benelux workspace in its own data directory (./data-demo).
// The workspace is seeded before the server listens, so nothing answers — not even /readyz — until
// it is complete, and the URL and the credentials are printed only then.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import mongoose from "mongoose";
import { useAuditKey } from "../server/audit/auditKey";
import { totpCode } from "../server/auth/totp";
import { loadConfig } from "../server/config";
import { connectDatabase } from "../server/db/connection";
import { DataDirLocked } from "../server/db/dataDirLock";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../server/db/embeddedDatabase";
import { createLogger } from "../server/logger";
import { User } from "../server/models/User";
import { startServer, type RunningServer } from "../server/server";
import { DEMO_PASSWORD, DEMO_PEOPLE, seedPeople } from "./demo/demoPeople";
import { seedDocuments } from "./demo/demoDocuments";
import { seedMeetings } from "./demo/demoMeetings";
import { seedDirectory } from "./demo/demoDirectory";
import { linkDocumentContactPoints } from "./demo/demoDocumentContactPoints";
import { seedPathways } from "./demo/demoPathways";
import { seedTrainings } from "./demo/demoTrainings";

const config = loadConfig({ ...process.env, DATA_DIR: process.env.DEMO_DATA_DIR ?? "./data-demo", PORT: process.env.PORT ?? "3100", MONGODB_URI: "", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
const logger = createLogger(config.logLevel);
/** Written once seeding has finished: a run killed half-way through seeding is seeded afresh next time. */
const seededMarker = path.join(config.dataDir, "demo-seeded");

let database: EmbeddedDatabase;
try {
  database = await startEmbeddedDatabase({ dataDir: config.dataDir, log: (level, message) => logger[level](message), onUnexpectedExit: () => process.exit(1) });
} catch (error) {
  if (!(error instanceof DataDirLocked)) throw error;
  process.stderr.write(`The demo cannot start: ${error.message}\n`);
  process.exit(1);
}

let server: RunningServer | undefined;
const stop = async () => {
  await server?.close().catch(() => {});
  await database.stop();
  process.exit(0);
};
// Also during seeding: Ctrl-C then stops FerretDB too, and the next start seeds afresh.
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

await connectDatabase(database.uri);
useAuditKey(config.auditKey); // seeding audits and archives, keyed like the server does
if (!existsSync(seededMarker)) {
  if (await User.exists({ email: DEMO_PEOPLE[0]!.email })) {
    process.stdout.write(`The demo workspace in ${config.dataDir} has no record of a finished seeding (interrupted?); seeding it afresh…\n`);
    // Emptied collection by collection rather than dropped, so the indexes mongoose built stay.
    for (const collection of await mongoose.connection.db!.collections()) await collection.deleteMany({});
    rmSync(config.auditAnchorPath, { force: true }); // checkpoints of the emptied audit log would read as truncation
  } else process.stdout.write("Seeding the demo workspace…\n");
  const people = await seedPeople();
  await seedDocuments(people);
  await seedMeetings(people);
  const directory = await seedDirectory(people);
  await seedPathways(people, directory);
  await linkDocumentContactPoints(directory);
  await seedTrainings(people);
  writeFileSync(seededMarker, new Date().toISOString() + "\n");
}

server = await startServer(config, logger, database.uri);
const now = Date.now();
process.stdout.write(`\nGreychair demo is running at ${server.url}  (data in ${config.dataDir})\n\n`);
process.stdout.write(`Every account's password: "${DEMO_PASSWORD}". Two-factor sign-in: add the secret to an authenticator app,\nor use the code shown (valid for about 30 seconds from now).\n\n`);
for (const person of DEMO_PEOPLE) {
  process.stdout.write(`  ${person.role.padEnd(11)} ${person.email.padEnd(36)} TOTP secret ${person.totp}  code now ${totpCode(person.totp, now)}  (${person.name})\n`);
}
process.stdout.write("\nStop with Ctrl-C. Remove the data directory to start afresh.\n");
