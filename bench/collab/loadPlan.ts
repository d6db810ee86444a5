/** What the benchmark's parent tells a load worker (bench/collab/loadWorker.ts), and what it answers. */
export type Protocol = "greychair" | "hocuspocus";

export interface ClientSpec {
  /** Full clients apply everything and measure; cheap writers only generate load. */
  kind: "full" | "cheap";
  /** Greychair: the session cookie. Hocuspocus: the token. */
  credential: string;
}

export interface DocumentPlan {
  /** Greychair: the document id. Hocuspocus: the document name. */
  id: string;
  clients: ClientSpec[];
}

export interface LoadPlan {
  protocol: Protocol;
  /** http://127.0.0.1:port (Greychair) or ws://127.0.0.1:port (Hocuspocus). */
  url: string;
  documents: DocumentPlan[];
  charsPerSecond: number;
}

export type ToWorker =
  | { type: "prepare"; plan: LoadPlan }
  | { type: "type" }
  | { type: "measure"; on: boolean }
  | { type: "finish" }
  | { type: "exit" };

export type FromWorker =
  | { type: "ready" }
  | { type: "result"; latencies: number[]; acks: number[]; refusals: Record<string, number> }
  | { type: "error"; message: string };
