import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ObservableV2 } from "lib0/observable";
import type { Socket } from "socket.io-client";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { ClientToServerEvents, DocAck, DocAwarenessRelay, DocJoinReply, DocMessage, DocRelay, ServerToClientEvents } from "../../shared/events";
import { decodeRelay } from "../../shared/relayMessages";

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "offline";

type DocSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface ProviderEvents {
  /** Anything the interface shows changed: status, synced, pending acknowledgements, read-only, closed. */
  change: () => void;
  /** The server refused or stopped serving the document; the code says why. */
  closed: (code: string) => void;
}

/** Waits before asking again after `busy` (the server's storage is behind), growing per refusal in a row. */
const BUSY_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

/** Socket.IO delivers binary as ArrayBuffer in browsers and Buffer (a Uint8Array) in Node. */
function bytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new TypeError("binary message expected");
}

/**
 * Binds one Y.Doc to the server over the shared Socket.IO connection, the way y-websocket does over
 * its own WebSocket: join, sync both ways (y-protocols sync step 1 / step 2 / update), relay
 * awareness, and join again after every reconnection so edits made offline merge.
 *
 * The server acknowledges an update only once it is stored durably, so the number of unacknowledged
 * messages tells the interface whether to say "Saving…" or "All changes saved".
 */
export class SocketProvider extends ObservableV2<ProviderEvents> {
  readonly awareness: Awareness;
  status: ConnectionStatus;
  /** The server's state has been received (its sync step 2) since the last join. */
  synced = false;
  readOnly: boolean;
  /** Sync messages sent and not yet acknowledged as stored. */
  pending = 0;
  /** Local changes made while not joined; they travel in our next sync step 2, and are stored once it is acknowledged. */
  unsent = false;
  /** Set when the server closed the document for us; editing stops. */
  closedCode: string | null = null;
  /** A store failed on the server (an ack refused for a reason resyncing does not cure). */
  saveFailed = false;

  joined = false;
  private everJoined = false;
  /** Updates from this origin (the browser's own storage loading) are not new edits. */
  private readonly storageOrigin: unknown;
  private readonly ownsAwareness: boolean;
  /** Increases on every (re)join, so acknowledgements from an earlier connection are ignored. */
  private generation = 0;
  private destroyed = false;
  /** `busy` answers in a row, for the backoff. */
  private busyRefusals = 0;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    private readonly socket: DocSocket,
    options: { awareness?: Awareness; storageOrigin?: unknown; unsent?: boolean } = {},
  ) {
    super();
    this.readOnly = false; // until the server answers the join
    this.storageOrigin = options.storageOrigin;
    this.unsent = options.unsent ?? false;
    this.ownsAwareness = !options.awareness;
    this.awareness = options.awareness ?? new Awareness(doc);
    this.status = navigator.onLine ? "connecting" : "offline";
    doc.on("update", this.onDocUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
    socket.on("connect", this.onConnect);
    socket.on("disconnect", this.onDisconnect);
    socket.on("doc.sync", this.onSync);
    socket.on("doc.relay", this.onRelay);
    socket.on("doc.awareness", this.onRemoteAwareness);
    socket.on("doc.closed", this.onClosed);
    socket.on("doc.access", this.onAccess);
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
    if (socket.connected) this.join();
    else if (!socket.active) socket.connect();
  }

  /** Leaves the room: others see this person go at once rather than after the awareness timeout. */
  override destroy(): void {
    if (this.destroyed) return;
    this.awareness.setLocalState(null); // sent by onAwarenessUpdate while still joined
    if (this.joined) this.socket.emit("doc.leave", { documentId: this.documentId });
    this.destroyed = true;
    this.joined = false;
    clearTimeout(this.resyncTimer);
    this.doc.off("update", this.onDocUpdate);
    this.awareness.off("update", this.onAwarenessUpdate);
    this.socket.off("connect", this.onConnect);
    this.socket.off("disconnect", this.onDisconnect);
    this.socket.off("doc.sync", this.onSync);
    this.socket.off("doc.relay", this.onRelay);
    this.socket.off("doc.awareness", this.onRemoteAwareness);
    this.socket.off("doc.closed", this.onClosed);
    this.socket.off("doc.access", this.onAccess);
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    if (this.ownsAwareness) this.awareness.destroy();
    super.destroy();
  }

  /** The server changed what this user may do here (e.g. the document was archived). */
  private onAccess = ({ documentId, readOnly }: { documentId: string; readOnly: boolean }): void => {
    if (documentId !== this.documentId || this.destroyed) return;
    this.readOnly = readOnly;
    this.emit("change", []);
  };

  private join(): void {
    clearTimeout(this.resyncTimer);
    if (this.destroyed || this.closedCode) return;
    const generation = ++this.generation;
    // Our state vector with the join: the server answers with what we lack right after its step 1.
    this.socket.emit("doc.join", { documentId: this.documentId, stateVector: Y.encodeStateVector(this.doc) }, (reply: DocJoinReply) => {
      if (this.destroyed || generation !== this.generation || !this.socket.connected) return;
      if (!reply.ok) return this.close(reply.code);
      this.joined = true;
      this.everJoined = true;
      this.readOnly = reply.readOnly;
      this.status = "connected";
      if (this.awareness.getLocalState() !== null) this.sendAwareness([this.doc.clientID]);
      this.emit("change", []);
    });
  }

  /**
   * Sends a sync message whose storage the server acknowledges. `stepTwo` marks our reply to the
   * server's step 1: once stored, everything this browser had before the join is on the server.
   */
  private sendStored(message: Uint8Array, stepTwo = false): void {
    const generation = this.generation;
    this.pending += 1;
    this.socket.emit("doc.sync", { documentId: this.documentId, message }, (reply: DocAck) => {
      if (this.destroyed || generation !== this.generation) return;
      this.pending -= 1;
      if (reply.ok) {
        if (stepTwo) this.unsent = false;
        this.busyRefusals = 0;
      } else if (reply.code === "read_only") {
        this.readOnly = true;
      } else if (reply.code === "busy") {
        const wait = BUSY_RETRY_MS[Math.min(this.busyRefusals++, BUSY_RETRY_MS.length - 1)]!;
        return this.resync(wait * (0.5 + Math.random())); // jitter: editors do not all come back at once
      } else if (reply.code === "invalid_update" || reply.code === "out_of_sync") {
        // This browser's whole copy was refused: sending it again would fail again.
        if (stepTwo) return this.close("invalid_update");
        return this.resync(0);
      } else {
        this.saveFailed = true;
      }
      this.emit("change", []);
    });
    this.emit("change", []);
  }

  /**
   * Joins again, after `delay`: the server's sync step 1 then gets our step 2 with everything it
   * lacks, in one update. Used when the server refused an update (busy, out of sync): the updates
   * sent after it depend on it and would be refused too, so their acknowledgements no longer count
   * and nothing is resent one by one. Edits made meanwhile wait in the same step 2.
   */
  private resync(delay: number): void {
    this.generation += 1;
    this.joined = false;
    this.synced = false;
    this.pending = 0;
    if (!this.readOnly) this.unsent = true;
    clearTimeout(this.resyncTimer);
    this.resyncTimer = setTimeout(() => {
      if (this.socket.connected) this.join();
    }, delay);
    this.emit("change", []);
  }

  private sendAwareness(clients: number[]): void {
    const update = encodeAwarenessUpdate(this.awareness, clients);
    this.socket.emit("doc.awareness", { documentId: this.documentId, update });
  }

  private close(code: string): void {
    this.closedCode = code;
    this.joined = false;
    removeAwarenessStates(this.awareness, this.remoteClients(), this);
    this.emit("change", []);
    this.emit("closed", [code]);
  }

  private remoteClients(): number[] {
    return [...this.awareness.getStates().keys()].filter((client) => client !== this.doc.clientID);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.readOnly) return; // came from the server, or cannot be stored anyway
    if (!this.joined) {
      // Edits while offline, and what the browser's storage loads before the join, go in our step 2.
      if (origin !== this.storageOrigin && !this.unsent) {
        this.unsent = true;
        this.emit("change", []);
      }
      return;
    }
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    this.sendStored(encoding.toUint8Array(encoder));
  };

  /** Others' updates, relayed as text (shared/relayMessages.ts). */
  private readonly onRelay = ({ documentId, message }: DocRelay) => this.onSync({ documentId, message: decodeRelay(message) });

  private readonly onSync = ({ documentId, message }: DocMessage) => {
    if (documentId !== this.documentId || !this.joined) return;
    const decoder = decoding.createDecoder(bytes(message));
    const encoder = encoding.createEncoder();
    const type = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    // Our step 2 answers the server's step 1 with whatever it lacks; a read-only reply would be refused.
    if (type === syncProtocol.messageYjsSyncStep1 && encoding.length(encoder) > 0 && !this.readOnly) {
      this.sendStored(encoding.toUint8Array(encoder), true);
    }
    if (type === syncProtocol.messageYjsSyncStep2 && !this.synced) {
      this.synced = true;
      this.emit("change", []);
    }
  };

  private readonly onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== this && this.joined) {
      const changed = [...added, ...updated, ...removed].filter((client) => client === this.doc.clientID);
      if (changed.length > 0) this.sendAwareness(changed);
    }
    if (added.length + removed.length > 0) this.emit("change", []);
  };

  private readonly onRemoteAwareness = ({ documentId, update }: DocAwarenessRelay) => {
    if (documentId !== this.documentId || !this.joined) return;
    applyAwarenessUpdate(this.awareness, decodeRelay(update), this);
  };

  private readonly onClosed = ({ documentId, code }: { documentId: string; code: string }) => {
    if (documentId === this.documentId) this.close(code);
  };

  private readonly onConnect = () => {
    if (!this.everJoined) this.status = "connecting";
    this.join();
    this.emit("change", []);
  };

  private readonly onDisconnect = () => {
    this.joined = false;
    this.synced = false;
    this.generation += 1; // acknowledgements still on their way are lost with the connection
    if (this.pending > 0 && !this.readOnly) this.unsent = true;
    this.pending = 0;
    this.status = navigator.onLine ? "reconnecting" : "offline";
    removeAwarenessStates(this.awareness, this.remoteClients(), this);
    this.emit("change", []);
  };

  private readonly onOffline = () => {
    this.status = "offline";
    this.emit("change", []);
  };

  private readonly onOnline = () => {
    if (this.joined) this.status = "connected";
    else {
      this.status = this.everJoined ? "reconnecting" : "connecting";
      if (!this.socket.active) this.socket.connect();
    }
    this.emit("change", []);
  };
}
