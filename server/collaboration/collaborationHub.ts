import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import type { DocAck, DocJoinReply } from "../../shared/events";
import { DOCUMENT_LIMITS } from "../../shared/documents";
import type { Logger } from "../logger";
import type { GreychairIo, GreychairSocket } from "../realtime/socketServer";
import { ServedDocument } from "./servedDocument";
import { encodeSyncMessage, parseSyncMessage, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE } from "./syncMessages";
import type { CollaborationExtension, Connection, StoredEntry } from "./types";

export interface HubOptions {
  /** How long a document with nobody in it stays in memory. */
  idleUnloadMs: number;
}

const room = (documentId: string) => `document:${documentId}`;
/** Minimum time between two relayed messages of one document. */
const BROADCAST_SPACING_MS = 4;

/**
 * The collaboration core: Yjs documents served over Socket.IO with the y-protocols sync and
 * awareness messages. It never applies an update before the extensions stored it, and never serves
 * a document before it is fully loaded. Policy, storage, compaction and history are extensions.
 */
export class CollaborationHub {
  private documents = new Map<string, Promise<ServedDocument>>();

  constructor(
    private io: GreychairIo,
    private extensions: CollaborationExtension[],
    private logger: Logger,
    private options: HubOptions,
  ) {}

  /** The loaded document, if it is in memory now. */
  async loaded(documentId: string): Promise<ServedDocument | undefined> {
    return this.documents.get(documentId)?.catch(() => undefined);
  }

  async join(socket: GreychairSocket, documentId: string): Promise<DocJoinReply> {
    let readOnly = false;
    try {
      for (const extension of this.extensions) {
        const result = await extension.onAuthenticate?.({ documentId, userId: socket.data.userId, role: socket.data.role });
        if (result?.readOnly) readOnly = true;
      }
    } catch (error) {
      return { ok: false, code: (error as { code?: string }).code ?? "forbidden" };
    }
    let doc: ServedDocument;
    try {
      doc = await this.load(documentId);
    } catch (error) {
      this.logger.error({ err: error, documentId }, "could not load document");
      return { ok: false, code: "load_failed" };
    }
    clearTimeout(doc.idleTimer);
    doc.connections.set(socket.id, { socket, userId: socket.data.userId, readOnly, awarenessClients: new Set() });
    await socket.join(room(documentId));
    // Step 1 from the server: the client answers with what the server lacks (offline edits).
    const stateVector = Y.encodeStateVector(doc.ydoc);
    setImmediate(() => {
      socket.emit("doc.sync", { documentId, message: encodeSyncMessage(SYNC_STEP_1, stateVector) });
      const states = [...doc.awareness.getStates().keys()];
      if (states.length > 0) socket.emit("doc.awareness", { documentId, update: encodeAwarenessUpdate(doc.awareness, states) });
    });
    return { ok: true, readOnly };
  }

  async handleSync(socket: GreychairSocket, documentId: string, message: Uint8Array): Promise<DocAck> {
    const doc = await this.loaded(documentId);
    const connection = doc?.connections.get(socket.id);
    if (!doc || !connection) return { ok: false, code: "not_joined" };
    if (!(message instanceof Uint8Array) || message.byteLength > DOCUMENT_LIMITS.messageBytes) return { ok: false, code: "invalid_message" };
    let parsed;
    try {
      parsed = parseSyncMessage(message);
    } catch {
      return { ok: false, code: "invalid_message" };
    }
    if (parsed.type === SYNC_STEP_1) {
      const diff = Y.encodeStateAsUpdate(doc.ydoc, parsed.stateVector);
      socket.emit("doc.sync", { documentId, message: encodeSyncMessage(SYNC_STEP_2, diff) });
      return { ok: true };
    }
    if (parsed.empty) return { ok: true };
    const allowed = await this.allowed(doc, connection);
    if (!allowed || connection.readOnly) return { ok: false, code: "read_only" };
    return this.accept(doc, parsed.update, connection);
  }

  /** Applies an update made by the server itself (a restore), through the same store-first path. */
  async applyServerUpdate(documentId: string, update: Uint8Array, userId: string): Promise<void> {
    const doc = await this.load(documentId);
    const result = await this.accept(doc, update, null, userId);
    if (!result.ok) throw new Error(`could not apply the update: ${result.code}`);
    if (doc.connections.size === 0) this.scheduleUnload(doc);
  }

  handleAwareness(socket: GreychairSocket, documentId: string, update: Uint8Array): void {
    const doc = this.documents.has(documentId) ? this.peek(documentId) : undefined;
    const connection = doc?.connections.get(socket.id);
    if (!doc || !connection || !(update instanceof Uint8Array) || update.byteLength > 64 * 1024) return;
    try {
      const before = new Set(doc.awareness.getStates().keys());
      applyAwarenessUpdate(doc.awareness, update, socket.id);
      for (const id of doc.awareness.getStates().keys()) if (!before.has(id)) connection.awarenessClients.add(id);
    } catch {
      return; // malformed awareness: ignore, nothing is stored
    }
    socket.to(room(documentId)).emit("doc.awareness", { documentId, update });
  }

  async leave(socket: GreychairSocket, documentId: string): Promise<void> {
    const doc = this.peek(documentId);
    const connection = doc?.connections.get(socket.id);
    if (!doc || !connection) return;
    doc.connections.delete(socket.id);
    await socket.leave(room(documentId));
    if (connection.awarenessClients.size > 0) {
      const ids = [...connection.awarenessClients];
      removeAwarenessStates(doc.awareness, ids, socket.id);
      this.io.to(room(documentId)).emit("doc.awareness", { documentId, update: encodeAwarenessUpdate(doc.awareness, ids) });
    }
    if (doc.connections.size === 0) {
      await this.runStoreHooks(doc);
      this.scheduleUnload(doc);
    }
  }

  /** Drops everyone's connection to a document (access changed, deleted) with a reason. */
  close(documentId: string, code: string, userId?: string): void {
    const doc = this.peek(documentId);
    if (!doc) return;
    for (const connection of [...doc.connections.values()]) {
      if (userId && connection.userId !== userId) continue;
      connection.socket.emit("doc.closed", { documentId, code });
      void this.leave(connection.socket, documentId);
    }
  }

  /** After an access change: each connection is closed, made read-only or left editing. */
  async reauthorize(documentId: string, decide: (userId: string, role: string) => Promise<"edit" | "read_only" | "closed">): Promise<void> {
    const doc = this.peek(documentId);
    if (!doc) return;
    for (const connection of [...doc.connections.values()]) {
      const decision = await decide(connection.userId, connection.socket.data.role);
      if (decision === "closed") {
        connection.socket.emit("doc.closed", { documentId, code: "access_lost" });
        await this.leave(connection.socket, documentId);
      } else if (connection.readOnly !== (decision === "read_only")) {
        connection.readOnly = decision === "read_only";
        connection.socket.emit("doc.access", { documentId, readOnly: connection.readOnly });
      }
    }
  }

  async disconnect(socket: GreychairSocket): Promise<void> {
    for (const documentId of [...this.documents.keys()]) await this.leave(socket, documentId);
  }

  /** On shutdown: store every document (compaction, versions) and forget them. */
  async closeAll(): Promise<void> {
    for (const [id, loading] of [...this.documents]) {
      const doc = await loading.catch(() => undefined);
      if (doc && !doc.broken) await this.runStoreHooks(doc);
      doc?.destroy();
      this.documents.delete(id);
    }
  }

  private peek(documentId: string): ServedDocument | undefined {
    return this.served.get(documentId);
  }

  /** Documents whose load finished, for synchronous lookups. */
  private served = new Map<string, ServedDocument>();

  private load(documentId: string): Promise<ServedDocument> {
    let loading = this.documents.get(documentId);
    if (!loading) {
      loading = this.create(documentId);
      this.documents.set(documentId, loading);
      // A failed load must not stay cached (or leak): the next join tries again.
      loading.catch(() => this.documents.delete(documentId));
    }
    return loading;
  }

  private async create(documentId: string): Promise<ServedDocument> {
    const doc = new ServedDocument(documentId);
    try {
      for (const extension of this.extensions) await extension.onLoadDocument?.(doc);
    } catch (error) {
      doc.destroy();
      throw error;
    }
    doc.ydoc.on("update", (update: Uint8Array, origin: unknown) => this.queueBroadcast(doc, update, origin));
    this.served.set(documentId, doc);
    return doc;
  }

  private async allowed(doc: ServedDocument, connection: Connection | null): Promise<boolean> {
    for (const extension of this.extensions) {
      if ((await extension.onBeforeUpdate?.(doc, connection)) === false) return false;
    }
    return true;
  }

  /**
   * Applies and relays an update at once (others see it without waiting for the disk), and
   * acknowledges it to the sender only once it is stored. If storing fails, the document is dropped
   * from memory and everyone is told; clients keep their copy and send it again when they rejoin.
   */
  private async accept(doc: ServedDocument, update: Uint8Array, connection: Connection | null, userId?: string): Promise<DocAck> {
    const stored = doc.enqueue(update, connection?.userId ?? userId ?? null, (entries) => this.store(doc, entries));
    Y.applyUpdate(doc.ydoc, update, connection?.socket.id ?? "server");
    let entry: StoredEntry;
    try {
      entry = await stored;
    } catch (error) {
      this.logger.error({ err: error, documentId: doc.id }, "storing an update failed; dropping the document from memory");
      this.evictBroken(doc);
      return { ok: false, code: "store_failed" };
    }
    doc.updatesSinceSnapshot++;
    // What follows a change (compaction, versions, search text) never delays the acknowledgement.
    void this.runChangeHooks(doc, entry);
    return { ok: true };
  }

  /**
   * Updates are relayed as one merged message per turn of the event loop, and at most one message
   * per document every few milliseconds: under load this divides the fan-out (every update to every
   * editor) by the batch size; when it is quiet nothing waits.
   */
  private queueBroadcast(doc: ServedDocument, update: Uint8Array, origin: unknown): void {
    doc.outgoing.push({ update, origin: typeof origin === "string" ? origin : null });
    if (doc.outgoing.length > 1) return;
    const wait = doc.lastBroadcastAt + BROADCAST_SPACING_MS - performance.now();
    const send = () => this.sendBroadcast(doc);
    if (wait > 0) setTimeout(send, wait);
    else setImmediate(send);
  }

  private sendBroadcast(doc: ServedDocument): void {
    const batch = doc.outgoing.splice(0);
    if (batch.length === 0) return;
    doc.lastBroadcastAt = performance.now();
    const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
    const message = encodeSyncMessage(SYNC_UPDATE, merged);
    const origins = new Set(batch.map((b) => b.origin));
    const single = origins.size === 1 ? [...origins][0] : null;
    // One author: everyone else gets it. Several: everyone does (Yjs ignores what it already has).
    const target = single ? this.io.to(room(doc.id)).except(single) : this.io.to(room(doc.id));
    target.emit("doc.sync", { documentId: doc.id, message });
  }

  private async runChangeHooks(doc: ServedDocument, entry: StoredEntry): Promise<void> {
    for (const extension of this.extensions) {
      await extension.onChange?.(doc, [entry]).catch((error) => this.logger.error({ err: error, documentId: doc.id }, "collaboration onChange failed"));
    }
  }

  private async store(doc: ServedDocument, entries: StoredEntry[]): Promise<void> {
    for (const extension of this.extensions) await extension.onStoreUpdates?.(doc, entries);
  }

  private async runStoreHooks(doc: ServedDocument): Promise<void> {
    for (const extension of this.extensions) {
      await extension.onStoreDocument?.(doc).catch((error) => this.logger.error({ err: error, documentId: doc.id }, "storing the document failed"));
    }
  }

  private evictBroken(doc: ServedDocument): void {
    if (this.served.get(doc.id) !== doc) return;
    for (const connection of doc.connections.values()) {
      connection.socket.emit("doc.closed", { documentId: doc.id, code: "store_failed" });
      void connection.socket.leave(room(doc.id));
    }
    this.forget(doc);
  }

  private scheduleUnload(doc: ServedDocument): void {
    clearTimeout(doc.idleTimer);
    doc.idleTimer = setTimeout(() => {
      if (doc.connections.size === 0 && this.served.get(doc.id) === doc) this.forget(doc);
    }, this.options.idleUnloadMs);
    doc.idleTimer.unref();
  }

  private forget(doc: ServedDocument): void {
    this.served.delete(doc.id);
    this.documents.delete(doc.id);
    doc.destroy();
  }
}
