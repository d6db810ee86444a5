import { expect } from "chai";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { APT_INSTALL, DEBIAN_CHROMIUM, planChromium, type ChromiumFacts } from "../../scripts/chromium/chromiumPlan";

const isRoot = process.getuid?.() === 0;
const facts = (overrides: Partial<ChromiumFacts>): ChromiumFacts => ({ override: undefined, found: false, isRoot: true, hasAptGet: true, ...overrides });

/** Runs the pretest script (never for real installing: always with --dry-run or on a found browser). */
function run(args: string[], options: { env?: Record<string, string>; asNobody?: boolean } = {}) {
  const env = { ...process.env, ...options.env };
  // Planning "as if missing" is about Debian's chromium, not about a CHROMIUM_PATH of the caller's.
  if (args.includes("--as-if-missing") && !options.env?.CHROMIUM_PATH) delete env.CHROMIUM_PATH;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ensure-chromium.ts", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    // Not root already? Then the script runs as we do.
    ...(options.asNobody && isRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("npm test ensures Chromium (scripts/ensure-chromium.ts)", function () {
  this.timeout(60_000);

  describe("the decision", () => {
    it("uses the browser that is there: Debian's, or CHROMIUM_PATH's", () => {
      expect(planChromium(facts({ found: true }))).to.deep.equal({ action: "ready", path: DEBIAN_CHROMIUM });
      expect(planChromium(facts({ found: true, override: "/opt/chromium/chrome", isRoot: false }))).to.deep.equal({ action: "ready", path: "/opt/chromium/chrome" });
    });

    it("installs Debian's chromium non-interactively when it is missing and we are root", () => {
      expect(planChromium(facts({}))).to.deep.equal({ action: "install", path: DEBIAN_CHROMIUM, commands: APT_INSTALL });
      expect(APT_INSTALL.at(-1)).to.deep.equal(["apt-get", "install", "-y", "-qq", "chromium"]);
    });

    it("stops with the exact command when it is missing and we are not root", () => {
      const plan = planChromium(facts({ isRoot: false }));
      expect(plan.action).to.equal("stop");
      expect(plan.action === "stop" && plan.message).to.include("\n  apt-get install -y chromium");
    });

    it("never installs over a CHROMIUM_PATH that points to nothing: says so", () => {
      for (const isRoot of [true, false]) {
        const plan = planChromium(facts({ override: "/nowhere/chromium", isRoot }));
        expect(plan).to.have.property("action", "stop");
        expect(plan.action === "stop" && plan.message).to.match(/^CHROMIUM_PATH is set to \/nowhere\/chromium, which does not exist/);
      }
    });

    it("asks for CHROMIUM_PATH where there is no apt-get", () => {
      const plan = planChromium(facts({ hasAptGet: false }));
      expect(plan.action === "stop" && plan.message).to.include("set CHROMIUM_PATH");
    });
  });

  describe("the script", () => {
    it("does nothing and says nothing when Chromium is installed", async () => {
      expect(await run([])).to.deep.equal({ code: 0, stdout: "", stderr: "" });
    });

    it("as root, with Chromium missing, would install it with apt-get (dry run)", async function () {
      if (!isRoot) this.skip();
      const result = await run(["--dry-run", "--as-if-missing"]);
      expect(result.code).to.equal(0);
      expect(result.stdout).to.include("would run: apt-get update -qq\nwould run: apt-get install -y -qq chromium\n(dry run: nothing was installed)");
    });

    it("not as root, with Chromium missing, stops at once with exit code 1 and the command to run", async function () {
      // As root we run it as nobody, who must be able to read the checkout (a clone under a 0700 temp dir is not).
      if (isRoot && spawnSync("test", ["-r", path.resolve("scripts/ensure-chromium.ts")], { uid: 65534, gid: 65534 }).status !== 0) this.skip();
      const result = await run(["--dry-run", "--as-if-missing"], { asNobody: true });
      expect(result.code).to.equal(1);
      expect(result.stdout).to.equal("");
      expect(result.stderr).to.include("Install Debian's chromium as root, then run npm test again:\n  apt-get install -y chromium");
    });

    it("stops when CHROMIUM_PATH points to nothing", async () => {
      const result = await run([], { env: { CHROMIUM_PATH: "/nowhere/chromium" } });
      expect(result.code).to.equal(1);
      expect(result.stderr).to.match(/^CHROMIUM_PATH is set to \/nowhere\/chromium, which does not exist/);
    });
  });
});
