import { encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import type { DocAck, DocJoinReply, DocRestoredNotice } from "../../shared/events";
import { DOCUMENT_LIMITS } from "../../shared/documents";
import { encodeRelay } from "../../shared/relayMessages";
import { HttpError } from "../errors";
import type { Logger } from "../logger";
import type { GreychairIo, GreychairSocket } from "../realtime/socketServer";
import { AwarenessRelay } from "./awarenessRelay";
import { BroadcastQueue, room } from "./broadcastQueue";
import { identityOf, receiveAwareness, releaseAwareness } from "./presence";
import { ServedDocument } from "./servedDocument";
import { encodeSyncMessage, parseSyncMessage, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE } from "./syncMessages";
import { integratesWhole, type DecodedUpdate } from "./plainUpdate";
import { describe, hasPending } from "./trialReplica";
import { ExtensionChain } from "./extensionChain";
import type { CollaborationExtension, Connection, JoinGrant, StoredEntry } from "./types";

function frozenCopy(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc({ gc: false });
  Y.applyUpdate(ydoc, state);
  return ydoc;
}

export interface HubOptions {
  /** How long a document with nobody in it stays in memory. */
  idleUnloadMs: number;
  /** Updates of one document waiting for storage beyond which new ones are refused with `busy`. */
  maxUnstoredUpdates?: number;
}

/**
 * The collaboration core: Yjs documents served over Socket.IO with the y-protocols sync and
 * awareness messages. An update is tried on a copy before the document sees it, relayed once
 * applied, and acknowledged only once the extensions stored it; a document is never served before
 * it is fully loaded. Policy, storage, compaction and history are extensions.
 */
export class CollaborationHub {
  private documents = new Map<string, Promise<ServedDocument>>();
  /** Documents whose load finished, for synchronous lookups. */
  private served = new Map<string, ServedDocument>();
  private broadcasts: BroadcastQueue;
  private awareness: AwarenessRelay;
  private hooks: ExtensionChain;

  constructor(
    private io: GreychairIo,
    extensions: CollaborationExtension[],
    private logger: Logger,
    private options: HubOptions,
  ) {
    this.broadcasts = new BroadcastQueue(io);
    this.awareness = new AwarenessRelay(io);
    this.hooks = new ExtensionChain(extensions, logger);
  }

  /** The loaded document, if it is in memory now. */
  async loaded(documentId: string): Promise<ServedDocument | undefined> {
    return this.documents.get(documentId)?.catch(() => undefined);
  }

  /**
   * The document for a reader on the server (exports, findings, versions): loaded through the same
   * path as for editors, so rows that cannot be applied are moved aside here too, and unloaded
   * again after the idle time if nobody joins.
   */
  async open(documentId: string): Promise<ServedDocument> {
    const doc = await this.load(documentId);
    if (doc.connections.size === 0) this.scheduleUnload(doc);
    return doc;
  }

  /** `clientStateVector`: the client's, to send it what it lacks at once (see doc.join). */
  async join(socket: GreychairSocket, documentId: string, clientStateVector?: Uint8Array): Promise<DocJoinReply> {
    let grant: JoinGrant;
    try {
      grant = await this.hooks.authenticate({ documentId, userId: socket.data.userId, role: socket.data.role });
    } catch (error) {
      return { ok: false, code: (error as { code?: string }).code ?? "forbidden" };
    }
    const { readOnly } = grant;
    let doc: ServedDocument;
    let identity: Connection["identity"];
    try {
      // A socket joining again (a resync) keeps its identity; a new one is looked up while the document loads.
      const known = this.served.get(documentId)?.connections.get(socket.id)?.identity;
      [doc, identity] = await Promise.all([this.load(documentId), known ?? identityOf(socket.data.userId)]);
    } catch (error) {
      this.logger.error({ err: error, documentId }, "could not load document");
      return { ok: false, code: "load_failed" };
    }
    clearTimeout(doc.idleTimer);
    // A reader of the published version gets its own frozen copy and stays out of the room the live updates go to.
    const published = grant.publishedState ? frozenCopy(grant.publishedState) : undefined;
    const existing = doc.connections.get(socket.id);
    if (existing) Object.assign(existing, { readOnly, published }); // a resync: keep what this socket speaks for
    else doc.connections.set(socket.id, { socket, userId: socket.data.userId, identity, readOnly, published, awarenessClients: new Set() });
    if (published) await socket.leave(room(documentId));
    else await socket.join(room(documentId));
    // Step 1 from the server: the client answers with what the server lacks (offline edits).
    const stateVector = Y.encodeStateVector(published ?? doc.ydoc);
    setImmediate(() => {
      socket.emit("doc.sync", { documentId, message: encodeSyncMessage(SYNC_STEP_1, stateVector) });
      if (clientStateVector && this.served.get(documentId) === doc) {
        socket.emit("doc.sync", { documentId, message: encodeSyncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(published ?? doc.ydoc, clientStateVector)) });
      }
      const states = [...doc.awareness.getStates().keys()];
      if (states.length > 0 && !published) socket.emit("doc.awareness", { documentId, update: encodeRelay(encodeAwarenessUpdate(doc.awareness, states)) });
    });
    return { ok: true, readOnly };
  }

  /** After (re)publishing: readers of the published version are moved to the new one, as one update. */
  publishedChanged(documentId: string, state: Uint8Array): void {
    const doc = this.served.get(documentId);
    if (!doc) return;
    const next = frozenCopy(state);
    for (const connection of doc.connections.values()) {
      if (!connection.published) continue;
      const diff = Y.encodeStateAsUpdate(next, Y.encodeStateVector(connection.published));
      Y.applyUpdate(connection.published, diff);
      connection.socket.emit("doc.sync", { documentId, message: encodeSyncMessage(SYNC_UPDATE, diff) });
    }
    next.destroy();
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
      const diff = Y.encodeStateAsUpdate(connection.published ?? doc.ydoc, parsed.stateVector);
      socket.emit("doc.sync", { documentId, message: encodeSyncMessage(SYNC_STEP_2, diff) });
      return { ok: true };
    }
    // A step 2 answers our step 1 with everything the client has that we lacked; the client then
    // counts itself saved, and may have stopped counting the acks of what it sent before (after a
    // resync). So it is answered only once those earlier updates are stored too.
    const earlier = parsed.type === SYNC_STEP_2 ? doc.settled() : undefined;
    let ack: DocAck = { ok: true };
    if (!parsed.empty) {
      const verdict = this.hooks.allowed(doc, connection);
      const allowed = typeof verdict === "boolean" ? verdict : await verdict;
      ack = !allowed || connection.readOnly ? { ok: false, code: "read_only" } : await this.accept(doc, parsed.update, connection, undefined, parsed.decoded);
    }
    await earlier;
    return ack;
  }

  /** Applies an update made by the server itself (a restore), through the same store-first path. */
  async applyServerUpdate(documentId: string, update: Uint8Array, userId: string): Promise<void> {
    const doc = await this.open(documentId);
    const result = await this.accept(doc, update, null, userId);
    if (result.ok) return;
    if (result.code === "busy" || result.code === "store_failed") throw new HttpError(503, result.code, "The document cannot be stored right now; try again shortly");
    throw new Error(`could not apply the update: ${result.code}`);
  }

  /**
   * Tells the sockets that read a document's live draft that a version was restored (readers of the
   * published copy are not told: their text did not change, and who edits the draft is not theirs to see).
   */
  notifyRestored(notice: DocRestoredNotice): void {
    for (const connection of this.served.get(notice.documentId)?.connections.values() ?? []) {
      if (!connection.published) connection.socket.emit("doc.restored", notice);
    }
  }

  /**
   * Awareness (carets, names) is relayed, never stored. Identity is the server's: each state is
   * rewritten to carry the signed-in user (id, name, colour) before it is applied and relayed (see
   * presence.ts). Read-only users show presence too: their caret helps the others. Relayed at most
   * every 50 ms per document (awarenessRelay.ts).
   */
  handleAwareness(socket: GreychairSocket, documentId: string, update: Uint8Array): void {
    const doc = this.served.get(documentId);
    const connection = doc?.connections.get(socket.id);
    if (!doc || !connection || !(update instanceof Uint8Array) || update.byteLength > DOCUMENT_LIMITS.awarenessBytes) return;
    let changed: number[] | null;
    try {
      changed = receiveAwareness(doc, connection, update);
    } catch {
      return; // malformed awareness: ignore, nothing is stored
    }
    if (changed) this.awareness.relay(doc, changed, socket.id);
  }

  async leave(socket: GreychairSocket, documentId: string): Promise<void> {
    const doc = this.served.get(documentId);
    const connection = doc?.connections.get(socket.id);
    if (!doc || !connection) return;
    doc.connections.delete(socket.id);
    await socket.leave(room(documentId));
    const gone = releaseAwareness(doc, connection);
    if (gone) this.io.to(room(documentId)).emit("doc.awareness", { documentId, update: encodeRelay(gone) });
    if (doc.connections.size === 0) {
      await this.hooks.storeDocument(doc);
      this.scheduleUnload(doc);
    }
  }

  /** Drops everyone's connection to a document (access changed, deleted) with a reason. */
  close(documentId: string, code: string, userId?: string): void {
    const doc = this.served.get(documentId);
    if (!doc) return;
    for (const connection of [...doc.connections.values()]) {
      if (userId && connection.userId !== userId) continue;
      connection.socket.emit("doc.closed", { documentId, code });
      void this.leave(connection.socket, documentId);
    }
  }

  /** After an access change: each connection is closed, made read-only or left editing. */
  async reauthorize(documentId: string, decide: (userId: string, role: string) => Promise<"edit" | "read_only" | "closed">): Promise<void> {
    const doc = this.served.get(documentId);
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
    const joined = [...this.served.values()].filter((doc) => doc.connections.has(socket.id));
    for (const doc of joined) await this.leave(socket, doc.id);
  }

  /**
   * On shutdown: waits for what is already being stored (updates, a running compaction or
   * version), stores every document once more and forgets them.
   */
  async closeAll(): Promise<void> {
    for (const [id, loading] of [...this.documents]) {
      const doc = await loading.catch(() => undefined);
      if (doc) {
        await doc.settled();
        if (!doc.broken) await this.hooks.storeDocument(doc);
        doc.destroy();
      }
      this.documents.delete(id);
      this.served.delete(id);
    }
  }

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
      await this.hooks.load(doc);
    } catch (error) {
      doc.destroy();
      throw error;
    }
    doc.ydoc.on("update", (update: Uint8Array, origin: unknown) => this.broadcasts.queue(doc, update, origin));
    this.served.set(documentId, doc);
    return doc;
  }

  /**
   * Applies an update that certainly integrates whole (plainUpdate.ts), or else tries it on the
   * document's copy first and applies it only if it integrated whole there; relays it at once
   * (others see it without waiting for the disk), and acknowledges it to the sender only once it
   * is stored. Nothing of a refused update is stored, applied or relayed. If storing fails or times
   * out, the document is dropped from memory and everyone is told; clients keep their copy and send
   * it again when they rejoin.
   */
  private async accept(doc: ServedDocument, update: Uint8Array, connection: Connection | null, userId?: string, decoded?: DecodedUpdate): Promise<DocAck> {
    if (doc.broken) return { ok: false, code: "store_failed" };
    if (doc.unstored >= (this.options.maxUnstoredUpdates ?? DOCUMENT_LIMITS.unstoredUpdatesMax)) return { ok: false, code: "busy" };
    const direct = decoded !== undefined && integratesWhole(decoded, doc.ydoc);
    const problem = direct ? null : doc.trial.try(update);
    if (direct) doc.dropTrial();
    if (problem) {
      const level = problem.kind === "invalid" ? "warn" : "debug";
      this.logger[level]({ documentId: doc.id, userId: connection?.userId ?? userId, kind: problem.kind, error: problem.message }, "refused a collaboration update");
      if (connection) void this.hooks.invalidUpdate(doc, connection, { problem, bytes: update.byteLength });
      return { ok: false, code: problem.kind === "invalid" ? "invalid_update" : "out_of_sync" };
    }
    try {
      Y.applyUpdate(doc.ydoc, update, connection?.socket.id ?? "server");
    } catch (error) {
      // The check or the copy took it, so this cannot happen; if it does, the document in memory is not to be trusted.
      this.logger.error({ err: error, documentId: doc.id, error: describe(error), direct }, "an update that passed its check failed; dropping the document from memory");
      this.evictBroken(doc, "server_error");
      return { ok: false, code: "server_error" };
    }
    if (direct && hasPending(doc.ydoc)) {
      // The check said it integrates whole and Yjs kept part of it waiting: never stored, and the
      // document is reloaded from storage, without it.
      this.logger.error({ documentId: doc.id }, "an update applied without a trial left changes pending; dropping the document from memory");
      this.evictBroken(doc, "server_error");
      return { ok: false, code: "server_error" };
    }
    const stored = doc.enqueue(update, connection?.userId ?? userId ?? null, (entries) => this.hooks.storeUpdates(doc, entries));
    let entry: StoredEntry;
    try {
      entry = await stored;
    } catch (error) {
      this.logger.error({ err: error, documentId: doc.id }, "storing an update failed; dropping the document from memory");
      this.evictBroken(doc, "store_failed");
      return { ok: false, code: "store_failed" };
    }
    doc.updatesSinceSnapshot++;
    // What follows a change (compaction, versions, search text) never delays the acknowledgement.
    this.hooks.changed(doc, [entry]);
    return { ok: true };
  }

  private evictBroken(doc: ServedDocument, code: string): void {
    doc.broken = true;
    if (this.served.get(doc.id) !== doc) return;
    for (const connection of doc.connections.values()) {
      connection.socket.emit("doc.closed", { documentId: doc.id, code });
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
