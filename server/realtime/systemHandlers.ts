import { on } from "./guardedHandler";
import type { GreychairIo, GreychairSocket } from "./socketServer";

/** Connection-level events: the client's connection indicator pings. */
export function registerSystemHandlers(_io: GreychairIo, socket: GreychairSocket): void {
  on(socket, "system.ping", { action: "realtime.connect" }, (_gate, ack) => {
    if (typeof ack === "function") ack({ ok: true, serverTime: new Date().toISOString() });
  });
}
