// The Yjs side of the benchmark's clients: typing into a paragraph of one's own, and timing arrivals.
import * as Y from "yjs";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";

/**
 * For each item in a received update that someone else typed during the run, records the time from
 * typing to arrival. `typedAt` maps "clientId:clock" to the author's typing time (same process).
 * The client's own items, echoed back by the server, are not edit-to-remote latency: skipped.
 */
export function recordArrivals(update: Uint8Array, received: number, typedAt: Map<string, number>, ownClientId: number, onLatency: (ms: number) => void): void {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct.id.client === ownClientId) continue;
    for (let i = 0; i < struct.length; i++) {
      const sentAt = typedAt.get(`${struct.id.client}:${struct.id.clock + i}`);
      if (sentAt !== undefined) onLatency(received - sentAt);
    }
  }
}

/** Total characters in the document body (to know when a cold load is complete). */
export function documentTextLength(doc: Y.Doc): number {
  let length = 0;
  for (const node of doc.getXmlFragment(DOCUMENT_FIELD).toArray()) {
    if (node instanceof Y.XmlElement) for (const child of node.toArray()) if (child instanceof Y.XmlText) length += child.length;
  }
  return length;
}

/** Starts a client's own paragraph, so it can type like the others; returns its text. */
export function ownParagraph(doc: Y.Doc): Y.XmlText {
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [text]);
  doc.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
  return text;
}

/** Types one character at the end of `text`; returns the Yjs id of the new item. */
export function typeInto(doc: Y.Doc, text: Y.XmlText, char: string): string {
  const clock = Y.getState(doc.store, doc.clientID);
  text.insert(text.length, char);
  return `${doc.clientID}:${clock}`;
}

/** Types one character for a writer that sends updates itself: the new item's id, and the update that carries it. */
export function typeUpdate(doc: Y.Doc, text: Y.XmlText, char: string): { id: string; update: Uint8Array } {
  let update: Uint8Array | undefined;
  const capture = (bytes: Uint8Array) => void (update = bytes);
  doc.on("update", capture);
  const id = typeInto(doc, text, char);
  doc.off("update", capture);
  return { id, update: update! };
}

/** Waits before trying again after a refusal, growing per refusal in a row (as client/editor/socketProvider.ts does). */
const RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

/**
 * After the server refused an update (`busy`: storage behind; `out_of_sync`: an earlier one was
 * refused), the updates that follow depend on it: a client resyncs after a jittered backoff, once.
 */
export class Resync {
  private inARow = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private run: () => void) {}

  refused(): void {
    if (this.timer) return;
    const wait = RETRY_MS[Math.min(this.inARow++, RETRY_MS.length - 1)]! * (0.5 + Math.random());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  accepted(): void {
    this.inARow = 0;
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
