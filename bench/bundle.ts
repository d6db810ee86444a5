// Page weight of the built client: each chunk's gzipped size, the main entry's total (the entry and
// every chunk it imports statically: what every page loads before anything else), and what opening
// each area of pages adds. Builds the client first (BENCH_NO_BUILD=1 measures dist/client as it is).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIST = path.resolve("dist/client");
const ASSETS = path.join(DIST, "assets");
/** Issue 9: the main bundle must stay at or under this many KB, gzipped. */
const MAIN_TARGET_KB = 150;
/** Areas of pages (client/areas/), each loaded when one of its pages is first opened. */
const AREAS = ["auth", "account", "admin", "documents", "editor", "meetings", "archive"];

if (!process.env.BENCH_NO_BUILD) {
  const build = spawnSync(process.execPath, [path.resolve("node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipped = new Map<string, number>();
const gzipOf = (file: string): number => {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(ASSETS, file)), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
};

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`; not `import("./x.js")`). */
function staticImports(file: string): string[] {
  const code = readFileSync(path.join(ASSETS, file), "utf8");
  return [...code.matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g)].map((match) => match[1]!);
}

function closure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipOf(file), 0);
const html = readFileSync(path.join(DIST, "index.html"), "utf8");
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error("no entry script in dist/client/index.html");

const files = readdirSync(ASSETS).filter((file) => file.endsWith(".js") || file.endsWith(".css"));
for (const file of files.sort((a, b) => gzipOf(b) - gzipOf(a))) {
  const raw = readFileSync(path.join(ASSETS, file)).length;
  console.log(`bundle chunk=${file} raw_kb=${kb(raw)} gzip_kb=${kb(gzipOf(file))}`);
}

const main = closure([entry]);
const mainKb = sum(main) / 1024;
console.log(`bundle main_entry=${entry} chunks=${main.size} gzip_kb=${mainKb.toFixed(1)} target_kb=${MAIN_TARGET_KB} ${mainKb <= MAIN_TARGET_KB ? "ok" : "OVER"}`);
const css = files.filter((file) => file.endsWith(".css") && html.includes(`/assets/${file}`));
console.log(`bundle main_css=${css.join(",")} gzip_kb=${kb(sum(css))}`);

// What a page of each area adds to the main entry (its chunk and the shared chunks it needs), and
// the language catalogue every page needs (one of three, the largest shown). Both are the entry's
// dynamic imports (`import("./auth-….js")`).
const dynamic = [...readFileSync(path.join(ASSETS, entry), "utf8").matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]!);
const language = ["en", "nl", "fr"].map((code) => dynamic.find((file) => file.startsWith(`${code}-`))).filter((file): file is string => Boolean(file));
if (language.length > 0) console.log(`bundle language_catalogue=${language.join(",")} gzip_kb_max=${kb(Math.max(...language.map(gzipOf)))}`);
for (const area of AREAS) {
  const chunk = dynamic.find((file) => file.startsWith(`${area}-`));
  if (!chunk) continue;
  const added = [...closure([chunk])].filter((file) => !main.has(file));
  console.log(`bundle area=${area} chunk=${chunk} adds_gzip_kb=${kb(sum(added))} chunks=${added.length}`);
}
