// `npm run audit:verify`: checks the audit log's hash chain and names the first broken entry.
// Uses MONGODB_URI when set; otherwise the embedded database in DATA_DIR (the running server's, or
// a FerretDB started for the check when the server is stopped). Exit code 0 = intact, 1 = broken, 2 = error.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { verifyAuditChain } from "../server/audit/auditLog";
import { connectDatabase, disconnectDatabase } from "../server/db/connection";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../server/db/embeddedDatabase";

const dataDir = path.resolve(process.env.DATA_DIR || "./data");
let database: EmbeddedDatabase | undefined;

try {
  let uri = process.env.MONGODB_URI || runningServerDatabase();
  if (!uri) {
    database = await startEmbeddedDatabase({ dataDir });
    uri = database.uri;
  }
  await connectDatabase(uri);
  const result = await verifyAuditChain();
  if (result.ok) {
    console.log(`Audit log intact: ${result.checked} entries verified.`);
  } else {
    console.log(`Audit log BROKEN at entry ${result.firstBroken!.seq}: ${result.firstBroken!.reason} (${result.checked} entries before it verified).`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Could not verify the audit log: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await disconnectDatabase().catch(() => {});
  await database?.stop();
}

/** The embedded database of a server that is running on this DATA_DIR, if any. */
function runningServerDatabase(): string | undefined {
  const uriFile = path.join(dataDir, "ferretdb.uri");
  const pidFile = path.join(dataDir, "ferretdb.pid");
  if (!existsSync(uriFile) || !existsSync(pidFile)) return undefined;
  try {
    process.kill(Number(readFileSync(pidFile, "utf8")), 0);
    return readFileSync(uriFile, "utf8").trim();
  } catch {
    return undefined;
  }
}
