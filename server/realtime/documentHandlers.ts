import * as Y from "yjs";
import { DOCUMENT_LIMITS } from "../../shared/documents";
import type { CollaborationHub } from "../collaboration/collaborationHub";
import { documentJoinGate, joinedDocumentGate } from "./documentGate";
import { on } from "./guardedHandler";
import type { GreychairIo, GreychairSocket } from "./socketServer";

const isId = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{24}$/.test(value);
/** Socket.IO hands binary as Buffer (a Uint8Array) in Node. */
const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/** A Yjs state vector of a size a document can have (a few bytes per client that ever edited it). */
function isStateVector(value: unknown): value is Uint8Array {
  if (!isBytes(value) || value.byteLength > DOCUMENT_LIMITS.stateVectorBytes) return false;
  try {
    Y.decodeStateVector(value);
    return true;
  } catch {
    return false;
  }
}

/** doc.* events: validated at the boundary, then handed to the collaboration hub (which asks the policy again per document and per update). */
export function documentHandlers(hub: CollaborationHub) {
  return function registerDocumentHandlers(_io: GreychairIo, socket: GreychairSocket): void {
    on(socket, "doc.join", documentJoinGate, (_gate, payload, ack) => {
      if (typeof ack !== "function") return;
      if (!isId(payload?.documentId)) return ack({ ok: false, code: "invalid_message" });
      const stateVector = payload.stateVector;
      if (stateVector !== undefined && !isStateVector(stateVector)) return ack({ ok: false, code: "invalid_message" });
      void hub.join(socket, payload.documentId, stateVector).then(ack, () => ack({ ok: false, code: "load_failed" }));
    });
    on(socket, "doc.leave", { action: "realtime.connect" }, (_gate, payload) => {
      if (isId(payload?.documentId)) void hub.leave(socket, payload.documentId);
    });
    on(socket, "doc.sync", joinedDocumentGate, (_gate, payload, ack) => {
      const reply = typeof ack === "function" ? ack : () => {};
      if (!isId(payload?.documentId) || !isBytes(payload?.message)) return reply({ ok: false, code: "invalid_message" });
      void hub.handleSync(socket, payload.documentId, payload.message).then(reply, () => reply({ ok: false, code: "server_error" }));
    });
    on(socket, "doc.awareness", joinedDocumentGate, (_gate, payload) => {
      if (isId(payload?.documentId) && isBytes(payload?.update)) hub.handleAwareness(socket, payload.documentId, payload.update);
    });
    socket.on("disconnect", () => void hub.disconnect(socket));
  };
}
