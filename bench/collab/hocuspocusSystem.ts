import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { findFreePort } from "../../server/db/freePort";
import type { ColdDocument } from "./coldDocument";
import { HocuspocusMeasuringClient } from "./hocuspocusMeasuringClient";
import { sleep } from "./loadGenerator";
import { ProcessMeter } from "./processMeter";
import type { StoredForm, SystemUnderTest } from "./system";

const serverScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "hocuspocusServer.ts");

/** The anchor: Hocuspocus (bench/collab/hocuspocusServer.ts) in its own process, in memory or on SQLite. */
export class HocuspocusSystem implements SystemUnderTest {
  readonly protocol = "hocuspocus" as const;
  readonly ack = "memory" as const;
  private meter: ProcessMeter;
  readonly storedForms: StoredForm[];
  private documentCount = 0;

  private constructor(
    readonly name: "hocuspocus" | "hocuspocus-sqlite",
    private child: ChildProcess,
    private port: number,
    private token: string,
    private dataDir: string | undefined,
  ) {
    this.meter = new ProcessMeter(child.pid!);
    this.storedForms = dataDir ? ["snapshot"] : [];
  }

  static async start(withSqlite: boolean): Promise<HocuspocusSystem> {
    const dataDir = withSqlite ? mkdtempSync(path.join(os.tmpdir(), "greychair-bench-hocuspocus-")) : undefined;
    const token = randomBytes(16).toString("hex");
    const port = await findFreePort();
    const child = spawn(process.execPath, ["--import", "tsx", serverScript], {
      env: {
        ...process.env,
        PORT: String(port),
        NODE_ENV: "production",
        BENCH_HOCUSPOCUS_TOKEN: token,
        ...(dataDir ? { BENCH_HOCUSPOCUS_SQLITE: path.join(dataDir, "hocuspocus.sqlite") } : {}),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("listening") && resolve());
      child.once("exit", (code) => reject(new Error(`Hocuspocus exited with ${code}`)));
    });
    return new HocuspocusSystem(withSqlite ? "hocuspocus-sqlite" : "hocuspocus", child, port, token, dataDir);
  }

  url = () => `ws://127.0.0.1:${this.port}`;
  server = () => this.meter;
  database = () => undefined;
  credential = () => this.token;

  async createDocuments(count: number, label: string): Promise<string[]> {
    // Hocuspocus creates a document when the first client names it.
    return Array.from({ length: count }, () => `bench-${label}-${this.documentCount++}`);
  }

  /**
   * Hocuspocus+SQLite stores a document as one row with its whole state (on a debounce, and when the
   * last client leaves), never as separate updates: the stored form of 10,000 keystrokes is that row.
   * So the document is written once through the wire, everyone leaves (Hocuspocus stores it and
   * unloads it), and a new client loads it from SQLite. In memory, nothing is stored (no forms).
   */
  async coldLoad({ state, textLength }: ColdDocument): Promise<number> {
    const [name] = await this.createDocuments(1, "cold");
    const writer = new HocuspocusMeasuringClient(this.url(), this.token, name!, new Map(), () => {});
    await writer.join();
    Y.applyUpdate(writer.doc, state);
    await writer.settled();
    writer.close();
    for (let attempt = 0; attempt < 20; attempt++) {
      await sleep(500); // the store on leave is not awaited by the SQLite extension
      const started = performance.now();
      const reader = new HocuspocusMeasuringClient(this.url(), this.token, name!, new Map(), () => {});
      await reader.join();
      const ms = performance.now() - started;
      const complete = reader.textLength() >= textLength;
      reader.close();
      if (complete) return ms;
    }
    throw new Error("Hocuspocus never served the stored document");
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      await exited;
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
