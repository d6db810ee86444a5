import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * FerretDB is built from source with the local Go toolchain, once, into a git-ignored folder.
 * v1.24.1 is the version we want; the module proxy reachable here does not serve it, so we fall
 * back to the nearest release it does serve (see the README's database notes).
 */
export const FERRETDB_VERSIONS = ["v1.24.1", "v1.24.2", "v1.24.0", "v1.23.1", "v1.23.0"] as const;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const toolsDir = path.join(projectRoot, ".tools");
export const ferretdbPath = path.join(toolsDir, "bin", "ferretdb");
const versionFile = path.join(toolsDir, "bin", "ferretdb.version");

export function installedFerretdbVersion(): string | undefined {
  if (!existsSync(ferretdbPath) || !existsSync(versionFile)) return undefined;
  return readFileSync(versionFile, "utf8").trim() || undefined;
}

/** Returns the binary's path, building it first when it is missing. */
export function ensureFerretdbBinary(log: (line: string) => void = console.log): string {
  if (installedFerretdbVersion()) return ferretdbPath;
  if (spawnSync("go", ["version"]).status !== 0) {
    throw new Error("FerretDB is not built and Go is not on PATH: install Go, or set MONGODB_URI");
  }
  const goEnv = { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=readonly" };
  let lastError = "";
  for (const version of FERRETDB_VERSIONS) {
    const download = spawnSync("go", ["mod", "download", "-json", `github.com/FerretDB/FerretDB@${version}`], {
      env: goEnv,
      encoding: "utf8",
    });
    const info = safeJson(download.stdout) as { Dir?: string; Error?: string } | undefined;
    if (download.status !== 0 || !info?.Dir) {
      lastError = info?.Error ?? download.stderr;
      log(`FerretDB ${version} is not available from the Go module proxy; trying the next release`);
      continue;
    }
    log(`Building FerretDB ${version} (first run only, about two minutes)…`);
    buildFrom(info.Dir, version, goEnv);
    writeFileSync(versionFile, version + "\n");
    log(`FerretDB ${version} built at ${path.relative(process.cwd(), ferretdbPath)}`);
    return ferretdbPath;
  }
  throw new Error(`could not fetch any FerretDB release (${FERRETDB_VERSIONS.join(", ")}): ${lastError.trim()}`);
}

/**
 * The module cache holds the sources read-only and without build/version/version.txt (a file
 * FerretDB's release process generates), so we build from a writable copy that has it.
 */
function buildFrom(moduleDir: string, version: string, env: NodeJS.ProcessEnv): void {
  const work = mkdtempSync(path.join(os.tmpdir(), "ferretdb-src-"));
  try {
    cpSync(moduleDir, work, { recursive: true });
    execFileSync("chmod", ["-R", "u+w", work]);
    writeFileSync(path.join(work, "build/version/version.txt"), version + "\n");
    mkdirSync(path.dirname(ferretdbPath), { recursive: true });
    execFileSync("go", ["build", "-trimpath", "-o", ferretdbPath, "./cmd/ferretdb"], {
      cwd: work,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    chmodSync(ferretdbPath, 0o755);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
