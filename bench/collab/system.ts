import type { ColdDocument } from "./coldDocument";
import type { Protocol } from "./loadPlan";
import type { ProcessMeter } from "./processMeter";

export const SYSTEM_NAMES = ["greychair", "hocuspocus", "hocuspocus-sqlite"] as const;
export type StoredForm = "updates" | "snapshot";
export type SystemName = (typeof SYSTEM_NAMES)[number];

/** A collaboration server under test, in its own process(es), as the benchmark's parent sees it. */
export interface SystemUnderTest {
  readonly name: SystemName;
  readonly protocol: Protocol;
  /** What an acknowledgement promises: stored ("durable") or applied in memory. */
  readonly ack: "durable" | "memory";
  /** Where the load workers connect. */
  url(): string;
  server(): ProcessMeter;
  /** A separate database process, if the system has one (Greychair's FerretDB). */
  database(): ProcessMeter | undefined;
  /** Fresh documents for one scenario. */
  createDocuments(count: number, label: string): Promise<string[]>;
  /** The i-th client's credential (session cookie or token). */
  credential(i: number): string;
  /** Database commands received so far, by command (only where the database can tell). */
  commandCounts?(): Promise<Map<string, number>>;
  /** Optional hooks around a scenario (used to profile one scenario per server process). */
  beginScenario?(label: string): Promise<void>;
  duringMeasure?(label: string, seconds: number): Promise<void>;
  /** The measured window, in the monotonic clock of process.hrtime (the clock of CPU profiles). */
  measured?(startNs: bigint, endNs: bigint): void;
  endScenario?(label: string): Promise<void>;
  /** The forms a stored document can have here: every update, and/or one snapshot (none in memory). */
  readonly storedForms: StoredForm[];
  /** Stores a document in that form, then loads it cold (not in the server's memory): ms from connecting to having the whole text. */
  coldLoad(document: ColdDocument, form: StoredForm): Promise<number>;
  stop(): Promise<void>;
}
