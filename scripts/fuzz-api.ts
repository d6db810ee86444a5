// `npm run fuzz:api`: schemathesis against /api/openapi.json, signed in as a secretariat, on a fresh
// embedded database. Not a test (too slow for the suite): it prints what it found and exits non-zero
// on any server error or conformance failure. FUZZ_EXAMPLES (default 25) bounds the cases per operation.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { totpCode } from "../server/auth/totp";
import { loadConfig } from "../server/config";
import { startEmbeddedDatabase } from "../server/db/embeddedDatabase";
import { createLogger } from "../server/logger";
import { startServer } from "../server/server";
import { seedFuzzWorkspace } from "./fuzz/seed";

const SCHEMATHESIS_VERSION = "4.32.5";
const root = path.resolve(import.meta.dirname, "..");
const venv = path.join(root, ".tools", "venv");
const schemathesis = path.join(venv, "bin", "schemathesis");

function ensureSchemathesis(): void {
  const installed = existsSync(schemathesis) ? execFileSync(schemathesis, ["--version"], { encoding: "utf8" }) : "";
  if (installed.includes(SCHEMATHESIS_VERSION)) return;
  process.stdout.write(`Installing schemathesis ${SCHEMATHESIS_VERSION} into .tools/venv (once)…\n`);
  if (!existsSync(path.join(venv, "bin", "python"))) execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
  execFileSync(path.join(venv, "bin", "pip"), ["install", "--quiet", `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: "inherit" });
}

/** Signs in like a browser: session cookie, password, TOTP; returns the headers every request needs. */
async function signIn(baseUrl: string, email: string, password: string, totpSecret: string): Promise<string[]> {
  let cookie = "";
  const call = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(baseUrl + pathname, {
      method,
      headers: { "Content-Type": "application/json", Origin: baseUrl, Cookie: cookie, "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith("greychair.sid="));
    if (set) cookie = set.split(";")[0]!;
    const json = (await response.json()) as { csrfToken?: string; stage?: string };
    if (json.csrfToken) csrf = json.csrfToken;
    return json;
  };
  let csrf = "";
  await call("GET", "/api/auth/session");
  await call("POST", "/api/auth/sign-in", { email, password });
  const state = await call("POST", "/api/auth/second-factor", { code: totpCode(totpSecret, Date.now()) });
  if (state.stage !== "signed_in") throw new Error(`could not sign in the fuzzing account: ${JSON.stringify(state)}`);
  return [`Cookie: ${cookie}`, `X-CSRF-Token: ${csrf}`, `Origin: ${baseUrl}`];
}

interface HarEntry {
  request: { method: string; url: string };
  response: { status: number };
}

function summarise(harFile: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!existsSync(harFile)) return counts;
  const har = JSON.parse(readFileSync(harFile, "utf8")) as { log: { entries: HarEntry[] } };
  for (const entry of har.log.entries) {
    const key = `${Math.floor(entry.response.status / 100)}xx`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

ensureSchemathesis();
const work = mkdtempSync(path.join(os.tmpdir(), "greychair-fuzz-"));
const config = loadConfig({ ...process.env, NODE_ENV: "production", DATA_DIR: work, PORT: "0", HOST: "127.0.0.1", MONGODB_URI: "", PUBLIC_URL: "", LOG_LEVEL: process.env.LOG_LEVEL ?? "error" });
const logger = createLogger(config.logLevel);
const database = await startEmbeddedDatabase({ dataDir: work, log: () => {}, onUnexpectedExit: () => process.exit(1) });
const server = await startServer(config, logger, database.uri);
let exitCode = 1;
try {
  const account = await seedFuzzWorkspace();
  const headers = await signIn(server.url, account.email, account.password, account.totpSecret);
  const harFile = path.join(work, "fuzz.har");
  const args = [
    "--config-file", path.join(root, "scripts", "fuzz", "schemathesis.toml"),
    "--no-color",
    "run",
    `${server.url}/api/openapi.json`,
    ...headers.flatMap((header) => ["-H", header]),
    "--checks", "all",
    "--max-examples", process.env.FUZZ_EXAMPLES ?? "25",
    "--seed", process.env.FUZZ_SEED ?? "1",
    "--workers", "2",
    "--report", "har",
    "--report-har-path", harFile,
    // These end the session being fuzzed with; they are covered by the mocha suite.
    "--exclude-path-regex", "^/api/(auth/sign-out|account/sessions/revoke-all|account/password|account/two-factor/.*)$",
  ];
  process.stdout.write(`Fuzzing ${server.url}/api/openapi.json with schemathesis ${SCHEMATHESIS_VERSION}…\n`);
  const child = spawn(schemathesis, args, { stdio: "inherit", env: { ...process.env, ...account.ids } });
  exitCode = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  const counts = summarise(harFile);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\nfuzz:api requests=${total} ${["2xx", "3xx", "4xx", "5xx"].map((k) => `${k}=${counts.get(k) ?? 0}`).join(" ")} exit=${exitCode}\n`);
  if ((counts.get("5xx") ?? 0) > 0) exitCode = exitCode || 1;
} finally {
  await server.close().catch(() => {});
  await database.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
