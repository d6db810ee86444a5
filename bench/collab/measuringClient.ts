import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events";
import { decodeRelay } from "../../shared/relayMessages";
import { documentTextLength, ownParagraph, recordArrivals, Resync, typeInto } from "./benchYjs";

/**
 * A full Greychair client, as a browser is: it applies everything it receives to its own Y.Doc. For
 * each new item it receives it looks up when the author typed it and records the latency. After a
 * refused update it joins again (the server's step 1 then gets everything it lacks), as a browser does.
 */
export class MeasuringClient {
  readonly doc = new Y.Doc();
  private socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private text: Y.XmlText | undefined;
  private resync = new Resync(() => void this.socket.emitWithAck("doc.join", { documentId: this.documentId }).catch(() => {}));

  constructor(
    baseUrl: string,
    cookie: string,
    private documentId: string,
    typedAt: Map<string, number>,
    onLatency: (ms: number) => void,
    private onRefused: (code: string) => void = () => {},
  ) {
    this.socket = io(baseUrl, { transports: ["websocket"], extraHeaders: { cookie, origin: baseUrl }, reconnection: false, forceNew: true });
    const receive = (bytes: Uint8Array) => {
      const received = performance.now();
      const decoder = decoding.createDecoder(bytes);
      if (decoding.peekVarUint(decoder) === syncProtocol.messageYjsUpdate) {
        const measured = decoding.createDecoder(bytes);
        decoding.readVarUint(measured);
        recordArrivals(decoding.readVarUint8Array(measured), received, typedAt, this.doc.clientID, onLatency);
      }
      const encoder = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, "remote");
      if (encoding.length(encoder) > 0) this.sendStored(encoding.toUint8Array(encoder));
    };
    // Others' updates come as "doc.relay" (base64 text, decoded here as a browser does); the join's steps as "doc.sync".
    this.socket.on("doc.relay", ({ message }) => receive(decodeRelay(message)));
    this.socket.on("doc.sync", ({ message }) => receive(new Uint8Array(message)));
    this.socket.on("doc.closed", ({ code }) => {
      this.onRefused(`closed_${code}`);
      this.resync.refused();
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "remote") return;
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      this.sendStored(encoding.toUint8Array(encoder));
    });
  }

  private sendStored(message: Uint8Array): void {
    this.socket
      .emitWithAck("doc.sync", { documentId: this.documentId, message })
      .then((reply) => {
        if (reply.ok) return this.resync.accepted();
        this.onRefused(reply.code);
        this.resync.refused();
      })
      .catch(() => {});
  }

  async join(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
    });
    // As the browser joins: with its state vector, so the server's step 2 follows its step 1 unasked.
    const reply = await this.socket.timeout(60_000).emitWithAck("doc.join", { documentId: this.documentId, stateVector: Y.encodeStateVector(this.doc) });
    if (!reply.ok) throw new Error(`join refused: ${reply.code}`);
  }

  type(char: string): string {
    this.text ??= ownParagraph(this.doc);
    return typeInto(this.doc, this.text, char);
  }

  textLength(): number {
    return documentTextLength(this.doc);
  }

  close(): void {
    this.resync.stop();
    this.socket.disconnect();
    this.doc.destroy();
  }
}
