/**
 * What `npm test` does about the browser for the end-to-end tests (see scripts/ensure-chromium.ts):
 * a pure decision, so every case can be tested without touching the machine's packages.
 */

/** Debian's chromium package puts the browser here; CHROMIUM_PATH overrides it. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

export interface ChromiumFacts {
  /** CHROMIUM_PATH, when set. */
  override: string | undefined;
  /** Whether the browser the tests would use is there (CHROMIUM_PATH, or Debian's). */
  found: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export const APT_INSTALL: string[][] = [
  ["apt-get", "update", "-qq"],
  ["apt-get", "install", "-y", "-qq", "chromium"],
];

export type ChromiumPlan =
  | { action: "ready"; path: string }
  | { action: "install"; path: string; commands: string[][] }
  | { action: "stop"; message: string };

export function planChromium(facts: ChromiumFacts): ChromiumPlan {
  const path = facts.override ?? DEBIAN_CHROMIUM;
  if (facts.found) return { action: "ready", path };
  if (facts.override) {
    return { action: "stop", message: `CHROMIUM_PATH is set to ${facts.override}, which does not exist. Point it at a Chromium, or unset it to use Debian's chromium (${DEBIAN_CHROMIUM}).` };
  }
  if (!facts.hasAptGet) {
    return { action: "stop", message: `Chromium is needed for the browser tests and was not found at ${DEBIAN_CHROMIUM}. Install Chromium and set CHROMIUM_PATH to its executable, e.g. CHROMIUM_PATH=/path/to/chromium npm test` };
  }
  if (!facts.isRoot) {
    return { action: "stop", message: `Chromium is needed for the browser tests and was not found at ${DEBIAN_CHROMIUM}. Install Debian's chromium as root, then run npm test again:\n  apt-get install -y chromium    (or: sudo apt-get install -y chromium)` };
  }
  return { action: "install", path, commands: APT_INSTALL };
}
