import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { DocAck, DocJoinReply, DocMessage } from "../../shared/events";
import { decodeRelay } from "../../shared/relayMessages";
import { DOCUMENT_FIELD } from "../../shared/editor/extensions";
import { connectSocket, socketReady, type TestSocket } from "./socketClient";
import type { TestClient } from "./testClient";

/**
 * A full collaboration client for tests: a real socket.io client speaking the y-protocols sync and
 * awareness messages with its own Y.Doc, as the browser's provider does.
 */
export class YClient {
  readonly ydoc = new Y.Doc();
  readonly awareness = new Awareness(this.ydoc);
  readonly socket: TestSocket;
  readOnly = false;
  closedWith: string | null = null;
  private acks: Array<Promise<DocAck>> = [];

  private constructor(readonly documentId: string, http: TestClient, baseUrl: string) {
    this.socket = connectSocket(http, baseUrl);
    const onSync = ({ documentId, message }: DocMessage) => {
      if (documentId !== this.documentId) return;
      const decoder = decoding.createDecoder(new Uint8Array(message));
      const encoder = encoding.createEncoder();
      syncProtocol.readSyncMessage(decoder, encoder, this.ydoc, "remote");
      if (encoding.length(encoder) > 0) this.send(encoding.toUint8Array(encoder));
    };
    this.socket.on("doc.sync", onSync);
    this.socket.on("doc.relay", ({ documentId, message }) => onSync({ documentId, message: decodeRelay(message) }));
    this.socket.on("doc.awareness", ({ documentId, update }) => {
      if (documentId === this.documentId) applyAwarenessUpdate(this.awareness, decodeRelay(update), "remote");
    });
    this.socket.on("doc.closed", ({ code }) => (this.closedWith = code));
    this.socket.on("doc.access", ({ documentId, readOnly }) => {
      if (documentId === this.documentId) this.readOnly = readOnly;
    });
    this.ydoc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "remote") return;
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      this.send(encoding.toUint8Array(encoder));
    });
  }

  static async open(http: TestClient, baseUrl: string, documentId: string): Promise<YClient> {
    const client = new YClient(documentId, http, baseUrl);
    await socketReady(client.socket);
    const reply = await client.join();
    if (!reply.ok) {
      client.close();
      throw Object.assign(new Error(`join refused: ${reply.code}`), { code: reply.code });
    }
    return client;
  }

  async join(): Promise<DocJoinReply> {
    const reply = await this.socket.timeout(10_000).emitWithAck("doc.join", { documentId: this.documentId });
    if (reply.ok) {
      this.readOnly = reply.readOnly;
      const encoder = encoding.createEncoder();
      syncProtocol.writeSyncStep1(encoder, this.ydoc);
      this.send(encoding.toUint8Array(encoder));
    }
    return reply;
  }

  /** Sends a raw sync message; its ack says whether the server stored it. */
  send(message: Uint8Array): Promise<DocAck> {
    const ack = this.socket.timeout(10_000).emitWithAck("doc.sync", { documentId: this.documentId, message });
    this.acks.push(ack);
    return ack;
  }

  /** Sends a Yjs update as a sync update message, without applying it here. */
  sendUpdate(update: Uint8Array): Promise<DocAck> {
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    return this.send(encoding.toUint8Array(encoder));
  }

  /** Appends a paragraph with this text (as the editor would). */
  type(text: string): void {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    this.fragment().push([paragraph]);
  }

  fragment(): Y.XmlFragment {
    return this.ydoc.getXmlFragment(DOCUMENT_FIELD);
  }

  paragraphs(): string[] {
    return this.fragment()
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : "")).join("") : ""));
  }

  /** Every ack of what this client sent so far. */
  async settled(): Promise<DocAck[]> {
    return Promise.all(this.acks);
  }

  setPresence(name: string): void {
    this.awareness.setLocalStateField("user", { name, color: "#1f4e79" });
    this.socket.emit("doc.awareness", { documentId: this.documentId, update: encodeAwarenessUpdate(this.awareness, [this.ydoc.clientID]) });
  }

  close(): void {
    this.socket.disconnect();
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

/** Waits until a condition holds (polling), or fails with a message. */
export async function eventually(check: () => boolean | Promise<boolean>, message: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out: ${message}`);
}

/** A paragraph as the editor writes one with mentions: text, then a mention node per person, as y-prosemirror stores them. */
export function mentionParagraph(client: YClient, text: string, people: Array<{ id: string; label: string }>): void {
  const paragraph = new Y.XmlElement("paragraph");
  const children: Array<Y.XmlText | Y.XmlElement> = [new Y.XmlText(text)];
  for (const person of people) {
    const mention = new Y.XmlElement("mention");
    mention.setAttribute("id", person.id);
    mention.setAttribute("label", person.label);
    children.push(mention, new Y.XmlText(" "));
  }
  paragraph.insert(0, children);
  client.fragment().push([paragraph]);
}
