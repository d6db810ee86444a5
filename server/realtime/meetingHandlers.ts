import { z } from "zod";
import type { Role } from "../../shared/domain";
import type { MeetingAck } from "../../shared/events";
import { objectIdSchema } from "../../shared/schemas/accounts";
import { decisionInputSchema } from "../../shared/schemas/decisions";
import { agendaOperationSchema, proposalInputSchema, timerSchema } from "../../shared/schemas/meetings";
import agendaOperator from "../commands/agendaOperator";
import decisionRecorder from "../commands/decisionRecorder";
import meetingConductor from "../commands/meetingConductor";
import proposalSubmitter from "../commands/proposalSubmitter";
import { HttpError } from "../errors";
import { User } from "../models/User";
import type { ActingUser } from "../meetings/actingUser";
import { loadMeeting, meetingTarget, type MeetingRecord } from "../meetings/meetingStore";
import { can, type Action } from "../policies";
import { presentAgenda, presentLive } from "../presenters/meetings";
import { peopleLookup } from "../presenters/people";
import { presentDecision } from "../presenters/records";
import { on } from "./guardedHandler";
import { attachMeetingBroadcaster, meetingRoom } from "./meetingBroadcaster";
import type { GreychairIo, GreychairSocket } from "./socketServer";

type Fail = Extract<MeetingAck<object>, { ok: false }>;
const refusal = (code: string, message?: string, issues?: Fail["issues"]): Fail => ({ ok: false, code, ...(message ? { message } : {}), ...(issues ? { issues } : {}) });

/** Validates the payload, loads who acts and the meeting, and asks the policy with the concrete meeting. */
async function prepare<S extends z.ZodType>(
  socket: GreychairSocket,
  schema: S,
  payload: unknown,
  action: Action,
): Promise<{ input: z.output<S>; actor: ActingUser; meeting: MeetingRecord } | Fail> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return refusal("validation_failed", "Some fields are not valid", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const input = parsed.data as z.output<S> & { meetingId: string };
  const user = await User.findById(socket.data.userId, { name: 1, role: 1, active: 1 }).lean();
  if (!user?.active) return refusal("unauthorized");
  const actor: ActingUser = { id: String(user._id), name: user.name, role: user.role as Role, active: user.active, ip: socket.handshake.address };
  const meeting = await loadMeeting(input.meetingId).catch(() => null);
  if (!meeting) return refusal("not_found");
  const target = meetingTarget(meeting);
  if (!can(actor, "meeting.read", target) || !can(actor, action as never, target as never)) return refusal("forbidden");
  return { input, actor, meeting };
}

/** Runs the work and turns its refusals (HttpError) into an acknowledgement the client can explain. */
function answer<T extends object>(ack: unknown, work: () => Promise<MeetingAck<T>>): void {
  const reply = typeof ack === "function" ? (ack as (r: MeetingAck<T>) => void) : () => {};
  work().then(reply, (error: unknown) => {
    if (error instanceof HttpError) reply(refusal(error.code, error.message, error.extra.issues as Fail["issues"]));
    else reply(refusal("server_error"));
  });
}

const withMeeting = <T extends z.ZodRawShape>(shape: T) => z.object({ meetingId: objectIdSchema, ...shape });
const joinSchema = withMeeting({});
const applySchema = withMeeting({ operation: agendaOperationSchema });
const proposeSchema = withMeeting({ proposal: proposalInputSchema });
const currentSchema = withMeeting({ itemId: objectIdSchema.nullable() });
const timerEventSchema = withMeeting({ action: timerSchema.shape.action });
const decisionSchema = withMeeting({ decision: decisionInputSchema });

/**
 * meeting.* / agenda.* / decision.* events. Each checks the policy for the action in general (on) and
 * again with the concrete meeting (prepare), then runs the same command as the HTTP route; changes
 * reach the room through the broadcaster, so both paths look the same to everyone else.
 */
export function registerMeetingHandlers(io: GreychairIo, socket: GreychairSocket): void {
  attachMeetingBroadcaster(io);

  on(socket, "meeting.join", "meeting.list", (payload, ack) =>
    answer(ack, async () => {
      const ready = await prepare(socket, joinSchema, payload, "meeting.read");
      if ("ok" in ready) return ready;
      await socket.join(meetingRoom(ready.input.meetingId));
      return { ok: true, agenda: presentAgenda(ready.meeting), live: presentLive(ready.meeting) };
    }),
  );

  on(socket, "meeting.leave", "meeting.list", (payload) => {
    const parsed = joinSchema.safeParse(payload);
    if (parsed.success) void socket.leave(meetingRoom(parsed.data.meetingId));
  });

  on(socket, "agenda.apply", "meeting.list", (payload, ack) =>
    answer(ack, async () => {
      const ready = await prepare(socket, applySchema, payload, "agenda.edit");
      if ("ok" in ready) return ready;
      const { agenda } = await agendaOperator({ actor: ready.actor, meetingId: ready.input.meetingId, operation: ready.input.operation });
      return { ok: true, version: agenda.version };
    }),
  );

  on(socket, "agenda.propose", "meeting.list", (payload, ack) =>
    answer(ack, async () => {
      const ready = await prepare(socket, proposeSchema, payload, "agenda.propose");
      if ("ok" in ready) return ready;
      const proposal = await proposalSubmitter({ actor: ready.actor, meetingId: ready.input.meetingId, input: ready.input.proposal });
      return { ok: true, proposalId: proposal.id };
    }),
  );

  on(socket, "meeting.setCurrentItem", "meeting.list", (payload, ack) =>
    answer(ack, async () => {
      const ready = await prepare(socket, currentSchema, payload, "meeting.run");
      if ("ok" in ready) return ready;
      const live = await meetingConductor({ actor: ready.actor, meetingId: ready.input.meetingId, action: { type: "current", itemId: ready.input.itemId } });
      return { ok: true, live };
    }),
  );

  on(socket, "meeting.timer", "meeting.list", (payload, ack) =>
    answer(ack, async () => {
      const ready = await prepare(socket, timerEventSchema, payload, "meeting.run");
      if ("ok" in ready) return ready;
      const live = await meetingConductor({ actor: ready.actor, meetingId: ready.input.meetingId, action: { type: "timer", action: ready.input.action } });
      return { ok: true, live };
    }),
  );

  on(socket, "decision.record", "meeting.list", (payload, ack) =>
    answer(ack, async () => {
      const ready = await prepare(socket, decisionSchema, payload, "decision.record");
      if ("ok" in ready) return ready;
      const decision = await decisionRecorder({ actor: ready.actor, meetingId: ready.input.meetingId, input: ready.input.decision });
      const titles = new Map((ready.meeting.agenda ?? []).map((e) => [e.id, e.title]));
      return { ok: true, decision: presentDecision(decision, await peopleLookup([ready.actor.id]), titles) };
    }),
  );
}
