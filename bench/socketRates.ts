// `npm run bench:socket`: what the real editor sends over the socket, per event, in Chromium — the
// figures the rate-limit classes (server/realtime/socketRateLimits.ts) are sized against. Needs the
// built client (dist/client) and Debian's chromium. (An offline catch-up is, by the provider's
// design, one sync step 1 and one step 2 per document on rejoin, whatever was typed offline.)
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page, WebSocket } from "playwright-core";
import { hashPassword } from "../server/auth/passwordHashing";
import { generateTotpSecret, totpCode } from "../server/auth/totp";
import { loadConfig } from "../server/config";
import { startEmbeddedDatabase } from "../server/db/embeddedDatabase";
import { createLogger } from "../server/logger";
import { User } from "../server/models/User";
import { startServer } from "../server/server";
import { EVENT_CLASSES } from "../server/realtime/socketRateLimits";
import { launchBrowser } from "../test/support/browser";

type Counted = "doc.sync" | "doc.awareness";
const sent: Array<{ at: number; event: string }> = [];

function watch(ws: WebSocket): void {
  ws.on("framesent", ({ payload }) => {
    if (typeof payload !== "string") return;
    const match = /^4[25]\d*-?\d*\["([a-z.]+)"/.exec(payload);
    if (match) sent.push({ at: Date.now(), event: match[1]! });
  });
}

/** Events of one kind during `work`, and the most in any one second (sliding window) and in any 10 s. */
async function measure(name: string, event: Counted, work: () => Promise<unknown>): Promise<void> {
  const from = sent.length;
  const started = Date.now();
  await work();
  await new Promise((r) => setTimeout(r, 1_500));
  const times = sent.slice(from).filter((e) => e.event === event).map((e) => e.at);
  const peak = (windowMs: number) => Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
  const limits = EVENT_CLASSES[event === "doc.sync" ? "sync" : "awareness"];
  process.stdout.write(
    `socket scenario=${name} event=${event} count=${times.length} seconds=${((Date.now() - started) / 1000).toFixed(1)} peak_per_s=${peak(1_000)} peak_per_10s=${peak(10_000)} limit_per_s=${limits.perSecond} burst=${limits.burst}\n`,
  );
}

const work = mkdtempSync(path.join(os.tmpdir(), "greychair-socket-bench-"));
const config = loadConfig({ ...process.env, NODE_ENV: "production", DATA_DIR: work, PORT: "0", HOST: "127.0.0.1", MONGODB_URI: "", PUBLIC_URL: "", LOG_LEVEL: "error" });
const database = await startEmbeddedDatabase({ dataDir: work, log: () => {}, onUnexpectedExit: () => process.exit(1) });
const server = await startServer(config, createLogger(config.logLevel), database.uri);
const browser = await launchBrowser();
try {
  const password = "grijze stoel blijft leeg, ook bij het meten";
  const secret = generateTotpSecret();
  const totp = { secret, enabledAt: new Date(), lastUsedStep: 0, recoveryCodeHashes: [] };
  await User.create({ name: "Tessa Typist", email: "typist@example.test", role: "member", language: "en", passwordHash: await hashPassword(password), totp });
  const context = await browser.newContext({ locale: "en-GB" });
  const page: Page = await context.newPage();
  page.on("websocket", watch);
  await page.goto(server.url + "/sign-in");
  await page.getByLabel("E-mail address").fill("typist@example.test");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code").fill(totpCode(secret, Date.now()));
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  const documentId = await page.evaluate(async () => {
    const { csrfToken } = await (await fetch("/api/auth/session")).json();
    const response = await fetch("/api/documents", { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken }, body: JSON.stringify({ title: "Typing test", language: "en" }) });
    return (await response.json()).id as string;
  });
  await page.goto(`${server.url}/documents/${documentId}`);
  const text = page.getByRole("textbox", { name: "Document text" });
  await text.waitFor();
  await page.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
  await text.click();
  await page.keyboard.press("Control+End");

  const sentence = "Joint labour inspections in the port of Antwerp found workers without contracts. ";
  await measure("fast typist (no delay between keys)", "doc.sync", () => page.keyboard.type(sentence.repeat(4)));
  await measure("fast typist (no delay between keys)", "doc.awareness", () => page.keyboard.type(sentence.repeat(4)));
  await measure("key repeat (30 keys/s)", "doc.sync", () => page.keyboard.type("x".repeat(150), { delay: 33 }));
  await measure("paste 100 kB", "doc.sync", () => page.keyboard.insertText("Referral pathway notes. ".repeat(4_200)));
  await context.close();
} finally {
  await browser.close();
  await server.close().catch(() => {});
  await database.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
