// `npm test` runs this first (pretest): the end-to-end tests need Debian's Chromium. Like
// `npm install` builds FerretDB, this installs the browser when it is missing and we are root
// (apt-get, non-interactive), and otherwise stops at once with the command to run.
// `--dry-run` prints what it would do; `--as-if-missing` plans as if no browser were installed.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { chromiumPath, planChromium } from "./chromium/chromiumPlan";

const dryRun = process.argv.includes("--dry-run");
const asIfMissing = dryRun && process.argv.includes("--as-if-missing");

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

const plan = planChromium({
  override: process.env.CHROMIUM_PATH || undefined,
  found: !asIfMissing && executable(chromiumPath()),
  isRoot: process.getuid?.() === 0,
  hasAptGet: onPath("apt-get"),
});

if (plan.action === "stop") {
  process.stderr.write(`${plan.message}\n`);
  process.exit(1);
}
if (plan.action === "ready") {
  if (dryRun) process.stdout.write(`Chromium found at ${plan.path}: nothing to do\n`);
  process.exit(0);
}

process.stdout.write(`Chromium is missing: ${dryRun ? "would install" : "installing"} Debian's chromium for the browser tests${dryRun ? "" : " (about a minute)"}\n`);
for (const [command, ...args] of plan.commands) {
  if (dryRun) {
    process.stdout.write(`would run: ${[command, ...args].join(" ")}\n`);
    continue;
  }
  const run = spawnSync(command!, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (run.status !== 0) {
    process.stderr.write(`${[command, ...args].join(" ")} failed (exit ${run.status ?? run.signal}). Install it yourself and run npm test again:\n  apt-get install -y chromium\n`);
    process.exit(1);
  }
}
if (!dryRun && !executable(plan.path)) {
  process.stderr.write(`apt-get installed chromium, but ${plan.path} is still missing\n`);
  process.exit(1);
}
process.stdout.write(dryRun ? "(dry run: nothing was installed)\n" : `Chromium installed at ${plan.path}\n`);
