import { z } from "zod";
import type { MeetingAck } from "../../shared/events";
import { objectIdSchema } from "../../shared/schemas/accounts";
import { decisionInputSchema } from "../../shared/schemas/decisions";
import { agendaOperationSchema, proposalInputSchema, timerSchema } from "../../shared/schemas/meetings";
import agendaOperator from "../commands/agendaOperator";
import decisionRecorder from "../commands/decisionRecorder";
import meetingConductor from "../commands/meetingConductor";
import proposalSubmitter from "../commands/proposalSubmitter";
import { HttpError, Validation } from "../errors";
import { loadMeeting, meetingTarget, type MeetingRecord } from "../meetings/meetingStore";
import type { Action } from "../policies";
import type { MeetingTarget } from "../policies/meetings";
import { presentAgenda, presentLive } from "../presenters/meetings";
import { peopleLookup } from "../presenters/people";
import { presentDecision } from "../presenters/records";
import { on, refusalOf, type EventContext, type Refusal } from "./guardedHandler";
import { attachMeetingBroadcaster, meetingRoom } from "./meetingBroadcaster";
import type { GreychairIo, GreychairSocket } from "./socketServer";

type Prepared<S extends z.ZodType> = { input: z.output<S>; meeting: MeetingRecord };

/** The gate of a meeting event: validate the payload, load the meeting it names, ask `action` about it. */
function meetingGate<S extends z.ZodType>(action: Action, schema: S) {
  return {
    action,
    async resolve(payload: unknown): Promise<{ target: MeetingTarget; value: Prepared<S> } | null> {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw Validation(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
      const input = parsed.data as z.output<S> & { meetingId: string };
      const meeting = await loadMeeting(input.meetingId).catch(() => null);
      return meeting ? { target: meetingTarget(meeting), value: { input, meeting } } : null;
    },
    // Each caller names a meeting action; the type of its target is MeetingTarget.
  } as never;
}

/** Runs the work and turns its refusals (HttpError) into an acknowledgement the client can explain. */
function answer<T extends object>(ack: unknown, work: () => Promise<MeetingAck<T>>): void {
  const reply = typeof ack === "function" ? (ack as (r: MeetingAck<T> | Refusal) => void) : () => {};
  work().then(reply, (error: unknown) => reply(error instanceof HttpError ? refusalOf(error) : { ok: false, code: "server_error" }));
}

const withMeeting = <T extends z.ZodRawShape>(shape: T) => z.object({ meetingId: objectIdSchema, ...shape });
const joinSchema = withMeeting({});
const applySchema = withMeeting({ operation: agendaOperationSchema });
const proposeSchema = withMeeting({ proposal: proposalInputSchema });
const currentSchema = withMeeting({ itemId: objectIdSchema.nullable() });
const timerEventSchema = withMeeting({ action: timerSchema.shape.action });
const decisionSchema = withMeeting({ decision: decisionInputSchema });

type Ctx<S extends z.ZodType> = EventContext<Prepared<S>>;

/**
 * meeting.* / agenda.* / decision.* events. The gate asks each event's own action about the meeting
 * it names (an observer's agenda.apply is refused before anything runs); the handler then runs the
 * same command as the HTTP route, which authorizes again against the meeting as it writes it. Changes
 * reach the room through the broadcaster, so both paths look the same to everyone else.
 */
export function registerMeetingHandlers(io: GreychairIo, socket: GreychairSocket): void {
  attachMeetingBroadcaster(io);

  on(socket, "meeting.join", meetingGate("meeting.read", joinSchema), ({ value }: Ctx<typeof joinSchema>, _payload, ack) =>
    answer(ack, async () => {
      await socket.join(meetingRoom(value.input.meetingId));
      return { ok: true, agenda: presentAgenda(value.meeting), live: presentLive(value.meeting) };
    }),
  );

  // Leaving needs no meeting: anyone connected may stop listening.
  on(socket, "meeting.leave", { action: "realtime.connect" }, (_context, payload) => {
    const parsed = joinSchema.safeParse(payload);
    if (parsed.success) void socket.leave(meetingRoom(parsed.data.meetingId));
  });

  on(socket, "agenda.apply", meetingGate("agenda.edit", applySchema), ({ actor, value }: Ctx<typeof applySchema>, _payload, ack) =>
    answer(ack, async () => {
      const { agenda } = await agendaOperator({ actor, meetingId: value.input.meetingId, operation: value.input.operation });
      return { ok: true, version: agenda.version };
    }),
  );

  on(socket, "agenda.propose", meetingGate("agenda.propose", proposeSchema), ({ actor, value }: Ctx<typeof proposeSchema>, _payload, ack) =>
    answer(ack, async () => {
      const proposal = await proposalSubmitter({ actor, meetingId: value.input.meetingId, input: value.input.proposal });
      return { ok: true, proposalId: proposal.id };
    }),
  );

  on(socket, "meeting.setCurrentItem", meetingGate("meeting.run", currentSchema), ({ actor, value }: Ctx<typeof currentSchema>, _payload, ack) =>
    answer(ack, async () => {
      const live = await meetingConductor({ actor, meetingId: value.input.meetingId, action: { type: "current", itemId: value.input.itemId } });
      return { ok: true, live };
    }),
  );

  on(socket, "meeting.timer", meetingGate("meeting.run", timerEventSchema), ({ actor, value }: Ctx<typeof timerEventSchema>, _payload, ack) =>
    answer(ack, async () => {
      const live = await meetingConductor({ actor, meetingId: value.input.meetingId, action: { type: "timer", action: value.input.action } });
      return { ok: true, live };
    }),
  );

  on(socket, "decision.record", meetingGate("decision.record", decisionSchema), ({ actor, value }: Ctx<typeof decisionSchema>, _payload, ack) =>
    answer(ack, async () => {
      const decision = await decisionRecorder({ actor, meetingId: value.input.meetingId, input: value.input.decision });
      const titles = new Map((value.meeting.agenda ?? []).map((e) => [e.id, e.title]));
      return { ok: true, decision: presentDecision(decision, await peopleLookup([actor.id]), titles) };
    }),
  );
}
