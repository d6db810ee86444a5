import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "../../server/db/freePort";
import { ProcessMeter } from "./processMeter";
import { buildServerBundle, SERVER_ENVIRONMENT, SERVER_NODE_FLAGS, serverBundleEntry } from "../../scripts/serverBundle";

/** Whether the server runs from source under tsx (BENCH_SERVER_FROM_SOURCE; by default only when CPU-profiled). */
export function serverRunsFromSource(profiled: boolean): boolean {
  const chosen = process.env.BENCH_SERVER_FROM_SOURCE;
  return chosen ? chosen !== "0" : profiled;
}

let built: Promise<void> | undefined;
/** The server as `npm start` runs it (dist/server/index.js), built once per benchmark from the current sources. */
async function builtServer(): Promise<string> {
  await (built ??= buildServerBundle());
  return serverBundleEntry;
}

/**
 * The Greychair server in its own process, so the benchmark measures it and not the load generator:
 * the built server under plain node, as `npm start` runs it; BENCH_SERVER_FROM_SOURCE=1 runs
 * server/index.ts under tsx instead (some 70 MB more RSS: tsx's loader thread, its source maps and
 * transpiled sources). A CPU profile is taken from source unless BENCH_SERVER_FROM_SOURCE=0, so that
 * it names the source files and lines rather than the bundle's.
 */
export class ServerUnderTest {
  readonly meter: ProcessMeter;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.meter = new ProcessMeter(child.pid!);
  }

  /**
   * `nodeArgs`: e.g. ["--cpu-prof", "--cpu-prof-dir=…"] to profile the server (not allowed in
   * NODE_OPTIONS). Node then writes one profile per thread (under BENCH_SERVER_FROM_SOURCE, tsx's module loader has its own) when
   * the server stops: see mainThreadProfile().
   */
  static async start(mongodbUri: string, dataDir: string, nodeArgs: string[] = []): Promise<ServerUnderTest> {
    const port = await findFreePort();
    // BENCH_SERVER_NODE_ARGS: more flags for the server, e.g. "--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=/tmp/heap".
    const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
    const entry = serverRunsFromSource(nodeArgs.some((arg) => arg.startsWith("--cpu-prof"))) ? ["--import", "tsx", "server/index.ts"] : [await builtServer()];
    // The flags and environment of the built server's first line; BENCH_SERVER_NODE_ARGS come after, so they win.
    const child = spawn(process.execPath, [...nodeArgs, ...SERVER_NODE_FLAGS, ...extra, ...entry], {
      env: { ...process.env, ...SERVER_ENVIRONMENT, MONGODB_URI: mongodbUri, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(url + "/readyz")).ok) return new ServerUnderTest(child, url);
      } catch {
        // not yet listening
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill("SIGKILL");
    throw new Error("the server did not become ready");
  }

  /** CPU time used so far, in seconds (user + system). */
  cpuSeconds(): number {
    return this.meter.cpuSeconds();
  }

  rssMb(): number {
    return this.meter.rssMb();
  }

  /** SIGTERM: the server shuts down cleanly (and writes its CPU profiles, if any). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
  }
}

/** CPU time a process has used so far, in seconds (user + system), from /proc. */
export function processCpuSeconds(pid: number): number {
  return new ProcessMeter(pid).cpuSeconds();
}

/** Node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; the main thread is 0. */
export function mainThreadProfile(dir: string): string | undefined {
  const name = readdirSync(dir).find((file) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(file));
  return name && path.join(dir, name);
}
