// The server as it runs in production: server/index.ts and everything it imports from server/ and
// shared/, compiled by esbuild into dist/server/ (packages stay in node_modules). Run with plain
// `node dist/server/index.js`, it starts 70 MB of RSS lighter than under tsx, whose module loader
// thread, source maps and transpiled sources stay in the process for its whole life (README →
// Benchmarks → Memory). The lazily imported modules (PDF, DOCX, …) become chunks beside index.js,
// loaded at their first use as before. dist/server/ sits two levels below the project like
// server/*.ts, so the paths the server resolves from import.meta.url (dist/client, .tools) agree.
import { chmodSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const serverBundleDir = path.join(projectRoot, "dist", "server");
export const serverBundleEntry = path.join(serverBundleDir, "index.js");

/**
 * The environment the server's process starts with, written into the built entry's first line
 * (`#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --heap-growing-percent=50 --max-semi-space-size=24`, so running
 * dist/server/index.js applies it) and
 * given to the server the benchmarks start. glibc's malloc otherwise keeps up to 8 arenas a core,
 * one per thread that allocates (V8's helper threads, libuv's pool), and the sockets' buffers leave
 * RSS behind in all of them: 2 arenas hold 600 connections in some 35 MB less (README → Benchmarks).
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };
/**
 * node's flags for the server, in the same first line. V8 lets the old generation grow to up to 4×
 * what was live after the last full GC before it collects again; under typing load most of that is
 * promoted garbage (a heap snapshot of 600 connections holds 82 MB live whether they typed 20 or 50
 * characters, while 175 MB of old space was in use). 1.5× holds the same load in some 90 MB less
 * RSS, for 1–2 points more of the server's CPU in GC (README → Benchmarks → Memory). A larger
 * young generation (24 MB semi-spaces, 16 by default) lets an update's short-lived objects die
 * there instead of surviving two scavenges and being promoted: in 200×3 the server's CPU fell from
 * 67 % to 52–57 % and p95 from 37 to 6–12 ms, for some 25 MB more RSS (235–240 MB; 64 MB made 303).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--heap-growing-percent=50", "--max-semi-space-size=24"];
const shebang = `#!/usr/bin/env -S ${Object.entries(SERVER_ENVIRONMENT).map(([name, value]) => `${name}=${value}`).join(" ")} node ${SERVER_NODE_FLAGS.join(" ")}`;

/** `entryPoints` and `outdir` other than the server's: for a test that runs other code compiled the same way. */
export async function buildServerBundle(options: { entryPoints?: string[]; outdir?: string } = {}): Promise<void> {
  const outdir = options.outdir ?? serverBundleDir;
  const entryPoints = options.entryPoints ?? [path.join(projectRoot, "server", "index.ts")];
  rmSync(outdir, { recursive: true, force: true }); // no chunks left from an earlier build
  await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    chunkNames: "[name]-[hash]",
    sourcemap: "linked", // read only under node --enable-source-maps
    tsconfig: path.join(projectRoot, "tsconfig.json"),
    logLevel: "warning",
    banner: { js: shebang }, // on the chunks too (a hashbang may open any module); the maps account for it
  });
  for (const entry of entryPoints) chmodSync(path.join(outdir, `${path.basename(entry, ".ts")}.js`), 0o755);
}
