import type { ClientToServerEvents } from "../../shared/events";
import { HttpError } from "../errors";
import { can, type Action, type TargetOf } from "../policies";
import { socketActor, type SocketActor } from "./socketActors";
import type { GreychairSocket } from "./socketServer";

/** What an event's handler gets once the gate let it through. */
export interface EventContext<V> {
  actor: SocketActor;
  /** What the gate's `resolve` loaded (the meeting, the document's facts…). */
  value: V;
}

/**
 * The policy question of one event: its action, and for actions about one resource, how to find
 * that resource from the payload. `resolve` returns null when there is nothing there (not_found),
 * and may throw an HttpError to refuse with its code (e.g. validation_failed).
 */
export type EventGate<A extends Action, V> = [TargetOf<A>] extends [void]
  ? { action: A; resolve?: never }
  : A extends "realtime.connect"
    ? { action: A; resolve?: never }
    : {
        action: A;
        resolve: (payload: unknown, actor: SocketActor) => Promise<Resolved<TargetOf<A>, V> | null> | Resolved<TargetOf<A>, V> | null;
        /** Refuse with not_found rather than forbidden, so nobody learns that the resource exists. */
        conceal?: boolean;
      };
type Resolved<T, V> = { target: T; value: V };

type Handler<E extends keyof ClientToServerEvents, V> = (context: EventContext<V>, ...args: Parameters<ClientToServerEvents[E]>) => void;

export type Refusal = { ok: false; code: string; message?: string; issues?: { path: string; message: string }[]; findings?: unknown[] };

function replyTo(args: unknown[]): (reply: Refusal) => void {
  const ack = args[args.length - 1];
  return typeof ack === "function" ? (ack as (reply: Refusal) => void) : () => {};
}

/**
 * Registers an event handler behind the gate. Rate limits ran before this (socketRateLimits.ts, no
 * database work). The gate then loads the user's current state (role, active, access end; cached),
 * asks `realtime.connect` — a user no longer allowed to be connected is disconnected — then the
 * event's own action with the resource it is about. Refused events do nothing; an acknowledgement,
 * when asked for, says why ({ ok: false, code: "forbidden" | "not_found" | … }).
 */
export function on<E extends keyof ClientToServerEvents, A extends Action, V = undefined>(
  socket: GreychairSocket,
  event: E,
  gate: EventGate<A, V>,
  handler: Handler<E, V>,
): void {
  socket.on(event, ((...args: unknown[]) => {
    const reply = replyTo(args);
    void admit(socket, gate as GateShape, args[0])
      .then((context) => {
        if ("ok" in context) return reply(context);
        (handler as (context: EventContext<unknown>, ...a: unknown[]) => void)(context, ...args);
      })
      .catch((error: unknown) => reply(error instanceof HttpError ? refusalOf(error) : { ok: false, code: "server_error" }));
  }) as never);
}

type GateShape = {
  action: Action;
  resolve?: (payload: unknown, actor: SocketActor) => Promise<Resolved<unknown, unknown> | null> | Resolved<unknown, unknown> | null;
  conceal?: boolean;
};

async function admit(socket: GreychairSocket, gate: GateShape, payload: unknown): Promise<EventContext<unknown> | Refusal> {
  const actor = await socketActor(socket.data.userId, socket.handshake.address);
  if (!actor || !can(actor, "realtime.connect", { stage: "signed_in", accessUntil: actor.accessUntil }) || actor.role !== socket.data.role) {
    // The handshake's user is no longer who may be connected (deactivated, access ended, role
    // changed): say so, then disconnect (after the answer has gone out).
    setImmediate(() => socket.disconnect(true));
    return { ok: false, code: "unauthorized" };
  }
  if (gate.action === "realtime.connect") return { actor, value: undefined };
  if (!gate.resolve) return can(actor, gate.action as never) ? { actor, value: undefined } : { ok: false, code: "forbidden" };
  const resolved = await gate.resolve(payload, actor);
  if (!resolved) return { ok: false, code: "not_found" };
  if (!can(actor, gate.action, resolved.target as never)) return { ok: false, code: gate.conceal ? "not_found" : "forbidden" };
  return { actor, value: resolved.value };
}

export function refusalOf(error: HttpError): Refusal {
  const issues = error.extra.issues as Refusal["issues"];
  const findings = error.extra.findings as Refusal["findings"];
  return { ok: false, code: error.code, ...(error.message ? { message: error.message } : {}), ...(issues ? { issues } : {}), ...(findings ? { findings } : {}) };
}
