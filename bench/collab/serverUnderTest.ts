import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { findFreePort } from "../../server/db/freePort";

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** The Greychair server in its own process, so the benchmark measures it and not the load generator. */
export class ServerUnderTest {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** `nodeArgs`: e.g. ["--cpu-prof", "--cpu-prof-dir=…"] to profile the server (not allowed in NODE_OPTIONS). */
  static async start(mongodbUri: string, dataDir: string, nodeArgs: string[] = []): Promise<ServerUnderTest> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/index.ts"], {
      env: { ...process.env, MONGODB_URI: mongodbUri, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "production" },
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
    return processCpuSeconds(this.child.pid!);
  }

  rssMb(): number {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : NaN;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
  }
}

/** CPU time a process has used so far, in seconds (user + system), from /proc. */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
