import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";

/**
 * A full client, as a browser is: it applies everything it receives to its own Y.Doc. For each new
 * item it receives it looks up when the author typed it and records the latency.
 */
export class MeasuringClient {
  readonly doc = new Y.Doc();
  private socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private text = new Y.XmlText();

  constructor(
    baseUrl: string,
    cookie: string,
    private documentId: string,
    private typedAt: Map<string, number>,
    private onLatency: (ms: number) => void,
  ) {
    this.socket = io(baseUrl, { transports: ["websocket"], extraHeaders: { cookie, origin: baseUrl }, reconnection: false, forceNew: true });
    this.socket.on("doc.sync", ({ message }) => {
      const bytes = new Uint8Array(message);
      const received = performance.now();
      const decoder = decoding.createDecoder(bytes);
      if (decoding.peekVarUint(decoder) === 2) this.measure(bytes, received);
      const encoder = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, "remote");
      if (encoding.length(encoder) > 0) this.socket.emitWithAck("doc.sync", { documentId, message: encoding.toUint8Array(encoder) }).catch(() => {});
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "remote") return;
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      this.socket.emitWithAck("doc.sync", { documentId, message: encoding.toUint8Array(encoder) }).catch(() => {});
    });
  }

  async join(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
    });
    const reply = await this.socket.timeout(60_000).emitWithAck("doc.join", { documentId: this.documentId });
    if (!reply.ok) throw new Error(`join refused: ${reply.code}`);
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    await this.socket.emitWithAck("doc.sync", { documentId: this.documentId, message: encoding.toUint8Array(encoder) });
  }

  /** Starts this client's own paragraph, so it can type like the others. */
  startTyping(): void {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [this.text]);
    this.doc.getXmlFragment(DOCUMENT_FIELD).push([paragraph]);
  }

  type(char: string): string {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    this.text.insert(this.text.length, char);
    return `${this.doc.clientID}:${clock}`;
  }

  /** Total characters in the document body (to know when a cold load is complete). */
  textLength(): number {
    let length = 0;
    for (const node of this.doc.getXmlFragment(DOCUMENT_FIELD).toArray()) {
      if (node instanceof Y.XmlElement) for (const child of node.toArray()) if (child instanceof Y.XmlText) length += child.length;
    }
    return length;
  }

  private measure(message: Uint8Array, received: number): void {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    const update = decoding.readVarUint8Array(decoder);
    for (const struct of Y.decodeUpdate(update).structs) {
      for (let i = 0; i < struct.length; i++) {
        const sentAt = this.typedAt.get(`${struct.id.client}:${struct.id.clock + i}`);
        if (sentAt !== undefined) this.onLatency(received - sentAt);
      }
    }
  }

  close(): void {
    this.socket.disconnect();
    this.doc.destroy();
  }
}
