import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { ownParagraph, Resync, typeUpdate } from "./benchYjs";

/**
 * A load-generating editor that costs almost nothing on the client side: it speaks the Socket.IO
 * wire protocol over a bare WebSocket, sends real Yjs updates from its own small Y.Doc (typing into
 * its own paragraph), and never decodes what it receives — it only answers pings and reads acks.
 * A refused update (e.g. `busy`) or a closed document is counted, and the writer then joins again
 * and sends its whole state after a backoff, as the real client resyncs.
 */
export class CheapWriter {
  private ws: WebSocket;
  private doc = new Y.Doc();
  private text = ownParagraph(this.doc);
  private nextAck = 0;
  /** ack id → send time (ms), or -1 for untimed messages. */
  private pendingAcks = new Map<number, number>();
  private joinAckId = -1;
  private ready: Promise<void>;
  /** Joining again: the join's acknowledgement then sends this writer's whole state. */
  private resync = new Resync(() => this.sendJoin());

  constructor(
    baseUrl: string,
    cookie: string,
    private documentId: string,
    private onDurable: (ms: number) => void,
    private onRefused: (code: string) => void = () => {},
  ) {
    const url = baseUrl.replace(/^http/, "ws") + "/socket.io/?EIO=4&transport=websocket";
    this.ws = new WebSocket(url, { headers: { cookie, origin: baseUrl } });
    this.ready = new Promise((resolve, reject) => {
      this.ws.on("message", (data, isBinary) => {
        if (isBinary) return; // a broadcast's binary attachment: not decoded
        const text = data.toString();
        if (text === "2") return void this.ws.send("3"); // engine.io ping → pong
        if (text.startsWith("0")) return void this.ws.send("40"); // open → connect to the main namespace
        if (text.startsWith("40")) return void this.sendJoin();
        if (text.startsWith("44")) return reject(new Error(`refused: ${text}`));
        if (text.startsWith('42["doc.closed"')) {
          this.onRefused(`closed_${/"code":"(\w+)"/.exec(text)?.[1] ?? "unknown"}`);
          return this.resync.refused();
        }
        if (text.startsWith("43")) {
          const id = Number(/^\d+/.exec(text.slice(2))?.[0]);
          if (id === this.joinAckId) {
            // The first update creates this writer's paragraph (after a rejoin: everything it typed).
            this.sendUpdate(Y.encodeStateAsUpdate(this.doc), false);
            resolve();
          } else if (text.includes('"ok":true')) {
            const sentAt = this.pendingAcks.get(id);
            if (sentAt !== undefined && sentAt >= 0) this.onDurable(performance.now() - sentAt);
            this.resync.accepted();
          } else {
            this.onRefused(/"code":"(\w+)"/.exec(text)?.[1] ?? "refused");
            this.resync.refused();
          }
          this.pendingAcks.delete(id);
        }
      });
      this.ws.on("error", reject);
    });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  private sendJoin(): void {
    this.joinAckId = this.nextAck++;
    this.ws.send(`42${this.joinAckId}${JSON.stringify(["doc.join", { documentId: this.documentId }])}`);
  }

  /** Types one character; returns the Yjs id of the new item so measuring clients can match it. */
  type(char: string): string {
    const { id, update } = typeUpdate(this.doc, this.text, char);
    this.sendUpdate(update, true);
    return id;
  }

  private sendUpdate(update: Uint8Array, timed: boolean): void {
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    const id = this.nextAck++;
    this.pendingAcks.set(id, timed ? performance.now() : -1);
    // A Socket.IO binary event: header frame with a placeholder, then the bytes as one binary frame.
    this.ws.send(`451-${id}${JSON.stringify(["doc.sync", { documentId: this.documentId, message: { _placeholder: true, num: 0 } }])}`);
    this.ws.send(encoding.toUint8Array(encoder));
  }

  close(): void {
    this.resync.stop();
    this.ws.close();
  }
}
