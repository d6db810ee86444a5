// `npm run audit:verify`: checks the audit log and the decision archive — every entry's keyed hash and
// link, and the signed checkpoints outside the database (so deleted newest entries show) — and names
// the first broken entry of each. Uses MONGODB_URI when set; otherwise the embedded database in
// DATA_DIR (the running server's, or a FerretDB started for the check when the server is stopped).
// The key is AUDIT_KEY or DATA_DIR/audit-key; the checkpoints AUDIT_ANCHOR_PATH or
// DATA_DIR/audit-checkpoints.jsonl, as for the server. Exit code 0 = intact, 1 = broken, 2 = error.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { useAuditKey } from "../server/audit/auditKey";
import { verifyTrail } from "../server/audit/trailVerification";
import { existingAuditKey } from "../server/config";
import { connectDatabase, disconnectDatabase } from "../server/db/connection";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../server/db/embeddedDatabase";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
const dataDir = path.resolve(process.env.DATA_DIR || "./data");
let database: EmbeddedDatabase | undefined;

try {
  const audit = existingAuditKey();
  if (!audit) throw new Error(`no audit key: set AUDIT_KEY, or DATA_DIR to the server's data directory (looked for ${path.join(dataDir, "audit-key")})`);
  useAuditKey(audit.key);
  let uri = process.env.MONGODB_URI || runningServerDatabase();
  if (!uri) {
    database = await startEmbeddedDatabase({ dataDir });
    uri = database.uri;
  }
  await connectDatabase(uri);
  const result = await verifyTrail(audit.anchorPath);
  const { audit: log, archive } = result;
  console.log(
    log.ok
      ? `Audit log intact: ${log.checked} entries verified.`
      : `Audit log BROKEN at entry ${log.firstBroken!.seq}: ${log.firstBroken!.reason} (${log.checked} entries before it verified).`,
  );
  console.log(
    archive.ok
      ? `Decision archive intact: ${archive.checked} records verified.`
      : `Decision archive BROKEN at record ${archive.firstBroken!.number}: ${archive.firstBroken!.reason} (${archive.checked} records before it verified).`,
  );
  if (result.anchorProblem) console.log(`Checkpoints BROKEN: ${result.anchorProblem}.`);
  else console.log(`Checkpoints: ${audit.anchorPath}`);
  if (!result.ok) process.exitCode = 1;
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
