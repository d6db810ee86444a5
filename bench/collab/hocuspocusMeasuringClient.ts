import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { documentTextLength, ownParagraph, recordArrivals, typeInto } from "./benchYjs";
import { AUTH, MESSAGE, SYNC, authMessage, message, updateMessage } from "./hocuspocusWire";

/**
 * A full Hocuspocus client, as a browser's provider is: it authenticates, syncs (step 1/2), applies
 * everything it receives to its own Y.Doc and sends its own edits. Like measuringClient.ts, it
 * records the time from typing to arrival of every item someone else typed.
 */
export class HocuspocusMeasuringClient {
  readonly doc = new Y.Doc();
  private ws: WebSocket;
  private text: Y.XmlText | undefined;
  private unacknowledged = 0;
  private settledWaiters: Array<() => void> = [];
  private synced: Promise<void>;

  constructor(
    url: string,
    token: string,
    private documentName: string,
    typedAt: Map<string, number>,
    onLatency: (ms: number) => void,
  ) {
    this.ws = new WebSocket(url);
    this.synced = new Promise((resolve, reject) => {
      this.ws.on("open", () => this.ws.send(authMessage(documentName, token)));
      this.ws.on("error", reject);
      this.ws.on("message", (data: Buffer) => {
        const received = performance.now();
        const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        decoding.readVarString(decoder); // one document per socket here
        const type = decoding.readVarUint(decoder);
        if (type === MESSAGE.sync || type === MESSAGE.syncReply) {
          const syncType = decoding.peekVarUint(decoder);
          if (syncType === SYNC.update) {
            const measured = decoding.clone(decoder);
            decoding.readVarUint(measured);
            recordArrivals(decoding.readVarUint8Array(measured), received, typedAt, this.doc.clientID, onLatency);
          }
          const reply = encoding.createEncoder();
          syncProtocol.readSyncMessage(decoder, reply, this.doc, "remote");
          // Answering the server's step 1 with our step 2, as the provider does (a Sync message).
          if (encoding.length(reply) > 0) this.send(message(documentName, MESSAGE.sync, (e) => encoding.writeUint8Array(e, encoding.toUint8Array(reply))));
          if (syncType === SYNC.step2) resolve();
        } else if (type === MESSAGE.auth) {
          if (decoding.readVarUint(decoder) !== AUTH.authenticated) return reject(new Error("permission denied"));
          this.send(message(documentName, MESSAGE.sync, (e) => syncProtocol.writeSyncStep1(e, this.doc)), false);
        } else if (type === MESSAGE.syncStatus) {
          this.unacknowledged--;
          if (this.unacknowledged <= 0) this.settledWaiters.splice(0).forEach((done) => done());
        }
      });
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") this.send(updateMessage(documentName, update));
    });
  }

  /** Resolves once the server's state has arrived (sync step 2). */
  join(): Promise<void> {
    return this.synced;
  }

  /** Resolves once every update this client sent was acknowledged by the server. */
  settled(): Promise<void> {
    if (this.unacknowledged <= 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  type(char: string): string {
    this.text ??= ownParagraph(this.doc);
    return typeInto(this.doc, this.text, char);
  }

  textLength(): number {
    return documentTextLength(this.doc);
  }

  /** Every update and step 2 this client sends gets a SyncStatus back. */
  private send(bytes: Uint8Array, acknowledged = true): void {
    if (acknowledged) this.unacknowledged++;
    this.ws.send(bytes);
  }

  close(): void {
    this.ws.close();
    this.doc.destroy();
  }
}
