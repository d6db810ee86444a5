// Starts Greychair: configuration, the database (embedded FerretDB unless MONGODB_URI is set), HTTP and Socket.IO.
import { existsSync } from "node:fs";
import { ConfigError, loadConfig, type Config } from "./config";
import { DataDirLocked } from "./db/dataDirLock";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embeddedDatabase";
import { createLogger, type Logger } from "./logger";
import { startServer, type RunningServer } from "./server";
import firstStartLinkIssuer from "./commands/firstStartLinkIssuer";

const SHUTDOWN_DEADLINE_MS = 9_000;

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration error: ${error.message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
let database: EmbeddedDatabase | undefined;
let server: RunningServer | undefined;
let shuttingDown = false;

async function main(): Promise<void> {
  let uri = config.mongodbUri;
  if (!uri) {
    database = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      log: (level, message) => logger[level](message),
      onUnexpectedExit: (detail) => {
        // A group signal reaches FerretDB and us at once: give our own handler a moment to claim it.
        setTimeout(() => {
          if (shuttingDown) return;
          logger.fatal({ detail }, "the embedded database stopped; Greychair cannot run without it");
          void shutdown(1);
        }, 500);
      },
    });
    uri = database.uri;
  }
  server = await startServer(config, logger, uri);
  const shown = config.publicUrl ?? server.url;
  const setupPath = await firstStartLinkIssuer();
  logger.info({ url: shown }, "Greychair is ready");
  process.stdout.write(`\nGreychair is running at ${shown}\n\n`);
  // Printed to the console only (never to the logs): whoever started the server creates the first account.
  if (setupPath) {
    process.stdout.write(`No accounts yet. Create the first secretariat account (link valid 24 hours, single use):\n  ${shown}${setupPath}\n\n`);
  }
}

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  const deadline = setTimeout(() => {
    logger.error("shutdown took too long; forcing exit");
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  deadline.unref();
  try {
    await server?.close();
  } catch (error) {
    logger.error({ err: error }, "error while closing the server");
  }
  await database?.stop();
  logger.info("stopped");
  process.exit(code);
}

process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

main().catch(async (error) => {
  if (error instanceof DataDirLocked) {
    // Nothing was started: one line for the person at the console, and no clean-up to do.
    process.stderr.write(`Greychair cannot start: ${error.message}\n`);
    process.exit(1);
  }
  logger.fatal({ err: error }, `could not start: ${(error as Error).message}`);
  await shutdown(1);
});
