// One load-generating process of the benchmark (several run side by side, so no single event loop
// limits how much load is generated). It opens the clients of the documents it is given, types at
// the parent's signal and sends back what it measured. All clients of a document live in one
// worker, so the author's typing time and the measuring client's arrival time share one clock.
import { CheapWriter } from "./cheapWriter";
import { HocuspocusCheapWriter } from "./hocuspocusCheapWriter";
import { HocuspocusMeasuringClient } from "./hocuspocusMeasuringClient";
import type { ClientSpec, DocumentPlan, FromWorker, LoadPlan, ToWorker } from "./loadPlan";
import { MeasuringClient } from "./measuringClient";

interface Typist {
  type(char: string): string;
  close(): void;
}

/** Documents connected at once while preparing: enough to be quick, few enough not to flood the server. */
const CONNECT_CONCURRENCY = 8;

let typists: Typist[] = [];
let typing = false;
let latencies: number[] = [];
let acks: number[] = [];
let measuring = false;
let plan: LoadPlan | undefined;

const send = (message: FromWorker): void => void process.send!(message);

process.on("message", (message: ToWorker) => {
  handle(message).catch((error: Error) => send({ type: "error", message: error.message }));
});
process.on("disconnect", () => process.exit(0));

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case "prepare":
      plan = message.plan;
      typists = await connectAll(message.plan);
      send({ type: "ready" });
      return;
    case "type":
      typing = true;
      typists.forEach((typist, i) => startTyping(typist, plan!.charsPerSecond, typedAtOf(i)));
      return;
    case "measure":
      measuring = message.on;
      return;
    case "finish": {
      typing = false;
      await new Promise((resolve) => setTimeout(resolve, 500));
      typists.forEach((typist) => typist.close());
      send({ type: "result", latencies, acks, refusals });
      typists = [];
      latencies = [];
      acks = [];
      refusals = {};
      typedAtMaps.length = 0;
      return;
    }
    case "exit":
      process.exit(0);
  }
}

/** One "clientId:clock" → typing time map per document, shared by its authors and its measuring clients. */
const typedAtMaps: Array<Map<string, number>> = [];
const typistDocument: number[] = [];
const typedAtOf = (typistIndex: number) => typedAtMaps[typistDocument[typistIndex]!]!;

async function connectAll(loadPlan: LoadPlan): Promise<Typist[]> {
  const connected: Typist[][] = [];
  let next = 0;
  const lane = async () => {
    while (next < loadPlan.documents.length) {
      const index = next++;
      typedAtMaps[index] = new Map();
      connected[index] = await connectDocument(loadPlan, loadPlan.documents[index]!, typedAtMaps[index]!);
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, lane));
  typistDocument.length = 0;
  connected.forEach((clients, documentIndex) => clients.forEach(() => typistDocument.push(documentIndex)));
  return connected.flat();
}

/** Full clients first (they must see everything the writers type), then the cheap writers. */
async function connectDocument(loadPlan: LoadPlan, document: DocumentPlan, typedAt: Map<string, number>): Promise<Typist[]> {
  const byKind = (kind: ClientSpec["kind"]) => document.clients.filter((c) => c.kind === kind);
  const full = await Promise.all(byKind("full").map((spec) => connectFull(loadPlan, document.id, spec, typedAt)));
  const cheap = await Promise.all(byKind("cheap").map((spec) => connectCheap(loadPlan, document.id, spec)));
  return [...full, ...cheap];
}

const onLatency = (ms: number) => void (measuring && latencies.push(ms));
const onAck = (ms: number) => void (measuring && acks.push(ms));
/** Updates the server refused (e.g. `busy`), by code: the clients resync, as browsers do. */
let refusals: Record<string, number> = {};
const onRefused = (code: string) => void (measuring && (refusals[code] = (refusals[code] ?? 0) + 1));

/** Connection attempts per client, a second apart (the server's handshake limits refill meanwhile). */
const CONNECT_ATTEMPTS = 60;

/**
 * Connects again after a refused connection, as the browser does: Greychair limits handshakes per
 * address (all load comes from 127.0.0.1) and per user, so 600 connections at once exceed the
 * burst, and the rest get in as the buckets refill (this shows in `join_s`, not in the figures).
 */
async function withRetries<T extends { close(): void }>(connect: () => T, ready: (client: T) => Promise<unknown>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = connect();
    try {
      await ready(client);
      return client;
    } catch (error) {
      client.close();
      if (attempt >= CONNECT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function connectFull({ protocol, url }: LoadPlan, id: string, spec: ClientSpec, typedAt: Map<string, number>): Promise<Typist> {
  return withRetries(
    () =>
      protocol === "greychair"
        ? new MeasuringClient(url, spec.credential, id, typedAt, onLatency, onRefused)
        : new HocuspocusMeasuringClient(url, spec.credential, id, typedAt, onLatency),
    (client) => client.join(),
  );
}

async function connectCheap({ protocol, url }: LoadPlan, id: string, spec: ClientSpec): Promise<Typist> {
  return withRetries(
    () => (protocol === "greychair" ? new CheapWriter(url, spec.credential, id, onAck, onRefused) : new HocuspocusCheapWriter(url, spec.credential, id, onAck)),
    (writer) => writer.whenReady(),
  );
}

/** About `charsPerSecond` characters a second, at the typist's own jittered rhythm, until `typing` is off. */
function startTyping(typist: Typist, charsPerSecond: number, typedAt: Map<string, number>): void {
  const tick = () => {
    if (!typing) return;
    const at = performance.now();
    typedAt.set(typist.type(String.fromCharCode(97 + Math.floor(Math.random() * 26))), at);
    setTimeout(tick, (1000 / charsPerSecond) * (0.5 + Math.random()));
  };
  setTimeout(tick, Math.random() * (1000 / charsPerSecond));
}
