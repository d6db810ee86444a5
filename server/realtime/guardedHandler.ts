import { can, type Action } from "../policies";
import type { ClientToServerEvents } from "../../shared/events";
import type { GreychairSocket } from "./socketServer";

/**
 * Registers an event handler that first asks the policy module (for the action as a whole; handlers
 * that act on one resource call can() again with it). Refused events are dropped; if the client
 * asked for an acknowledgement it gets { ok: false, code: "forbidden" }.
 */
export function on<E extends keyof ClientToServerEvents>(
  socket: GreychairSocket,
  event: E,
  action: Action,
  handler: ClientToServerEvents[E],
): void {
  socket.on(event, ((...args: unknown[]) => {
    const actor = { id: socket.data.userId, role: socket.data.role as never, active: true };
    if (!can(actor, action)) {
      const ack = args[args.length - 1];
      if (typeof ack === "function") (ack as (reply: unknown) => void)({ ok: false, code: "forbidden" });
      return;
    }
    (handler as (...a: unknown[]) => void)(...args);
  }) as never);
}
