import WebSocket from "ws";
import * as Y from "yjs";
import { ownParagraph, typeUpdate } from "./benchYjs";
import { AUTH, MESSAGE, authMessage, prefixLength, updateMessage } from "./hocuspocusWire";

/**
 * The Hocuspocus counterpart of cheapWriter.ts: the provider's wire protocol over a bare WebSocket
 * (auth, then updates), real Yjs updates from its own small Y.Doc, and nothing received is decoded
 * beyond the one byte that says a message is the server's per-update acknowledgement (SyncStatus).
 * Hocuspocus acknowledges an update once it is applied in memory, not stored.
 */
export class HocuspocusCheapWriter {
  private ws: WebSocket;
  private doc = new Y.Doc();
  private text = ownParagraph(this.doc);
  private typeOffset: number;
  /** Send times of unacknowledged updates, in order (-1: not timed). The server answers in order. */
  private pendingAcks: number[] = [];
  private ready: Promise<void>;

  constructor(
    url: string,
    token: string,
    private documentName: string,
    private onAck: (ms: number) => void,
  ) {
    this.typeOffset = prefixLength(documentName);

    this.ws = new WebSocket(url);
    this.ready = new Promise((resolve, reject) => {
      this.ws.on("open", () => this.ws.send(authMessage(documentName, token)));
      this.ws.on("message", (data: Buffer) => {
        const type = data[this.typeOffset];
        if (type === MESSAGE.syncStatus) {
          const sentAt = this.pendingAcks.shift();
          if (sentAt !== undefined && sentAt >= 0) this.onAck(performance.now() - sentAt);
        } else if (type === MESSAGE.auth) {
          if (data[this.typeOffset + 1] !== AUTH.authenticated) return reject(new Error("permission denied"));
          // The first update creates this writer's paragraph.
          this.send(Y.encodeStateAsUpdate(this.doc), false);
          resolve();
        }
        // Anything else (others' updates, sync steps, awareness) is not decoded.
      });
      this.ws.on("error", reject);
    });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Types one character; returns the Yjs id of the new item so measuring clients can match it. */
  type(char: string): string {
    const { id, update } = typeUpdate(this.doc, this.text, char);
    this.send(update, true);
    return id;
  }

  private send(update: Uint8Array, timed: boolean): void {
    this.pendingAcks.push(timed ? performance.now() : -1);
    this.ws.send(updateMessage(this.documentName, update));
  }

  close(): void {
    this.ws.close();
  }
}
