import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { loadConfig, type Config } from "../../server/config";
import { createLogger } from "../../server/logger";
import type { CollaborationOptions } from "../../server/collaboration";
import type { NotificationOptions } from "../../server/notifications/notificationRuntime";
import type { VerificationSchedulerOptions } from "../../server/directory/verificationScheduler";
import { startServer, type RunningServer } from "../../server/server";
import { TEST_SECRETS_KEY } from "./testSecrets";

let counter = 0;

/** A database name no other test uses. */
export function uniqueDatabaseUri(): string {
  const base = process.env.GREYCHAIR_TEST_MONGODB_BASE;
  if (!base) throw new Error("the test database is not running (test/support/globalDatabase.ts)");
  return `${base}/t${process.pid}_${Date.now().toString(36)}_${++counter}`;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-test-data-"));
  return loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SESSION_SECRET: "test-secret-test-secret-test-secret-0123456789",
    SECRETS_KEY: TEST_SECRETS_KEY,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...overrides,
  });
}

export interface TestServer extends RunningServer {
  config: Config;
  databaseUri: string;
  /** fetch() against this server. */
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
  /** Closes the server, drops its database and removes its data directory. */
  stop(): Promise<void>;
}

/** Starts the real app on a free loopback port against a fresh database. One at a time per process. */
export async function startTestServer(
  options: { databaseUri?: string; env?: Record<string, string>; collaboration?: CollaborationOptions; notifications?: NotificationOptions; verification?: VerificationSchedulerOptions } = {},
): Promise<TestServer> {
  const config = testConfig(options.env);
  const databaseUri = options.databaseUri ?? uniqueDatabaseUri();
  const server = await startServer(config, createLogger(config.logLevel), databaseUri, { collaboration: options.collaboration, notifications: options.notifications, verification: options.verification });
  return {
    ...server,
    config,
    databaseUri,
    fetch: (pathname, init) => fetch(server.url + pathname, init),
    async stop() {
      if (!options.databaseUri) await mongoose.connection.dropDatabase().catch(() => {});
      await server.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
