import type { PresentedLiveState } from "../../shared/meetingTypes";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import type { MeetingFields } from "../models/Meeting";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { entryNotFound, invalidStatus } from "../meetings/meetingErrors";
import { meetingTarget, mutateMeeting, type MeetingRecord } from "../meetings/meetingStore";
import { authorize } from "../policies";
import { roleMayAct } from "../meetings/meetingAuthorization";
import { presentLive } from "../presenters/meetings";

export type ConductAction =
  | { type: "start" }
  | { type: "close" }
  | { type: "reopen" }
  | { type: "current"; itemId: string | null }
  | { type: "timer"; action: "start" | "pause" | "reset" };

/** The elapsed list with the running stretch of the timer added to its item, and the timer stopped. */
function stopTimer(meeting: MeetingRecord, now: Date): Pick<MeetingFields, "elapsed" | "timer"> {
  const elapsed = (meeting.elapsed ?? []).map((e) => ({ itemId: e.itemId, ms: e.ms }));
  const timer = meeting.timer;
  if (timer?.itemId && timer.runningSince) {
    const stretch = Math.max(0, now.getTime() - timer.runningSince.getTime());
    const row = elapsed.find((e) => e.itemId === timer.itemId);
    if (row) row.ms += stretch;
    else elapsed.push({ itemId: timer.itemId, ms: stretch });
  }
  return { elapsed: elapsed as never, timer: null };
}

function decide(meeting: MeetingRecord, action: ConductAction, now: Date): Partial<MeetingFields> {
  const running = meeting.status === "in_progress";
  switch (action.type) {
    case "start":
      if (meeting.status !== "scheduled" && meeting.status !== "draft") throw invalidStatus("Only a meeting that has not started yet can be started");
      return { status: "in_progress", startedAt: now };
    case "close":
      if (!running) throw invalidStatus("Only a meeting in progress can be closed");
      return { status: "closed", closedAt: now, ...stopTimer(meeting, now) };
    case "reopen":
      // Checked again here, on the meeting as it is now: it may have been finalised meanwhile.
      if (meeting.status !== "closed") throw invalidStatus("Only a closed meeting that is not finalised can be reopened");
      // The elapsed time per item and the current item stay; the timer was stopped at closing.
      return { status: "in_progress", closedAt: null };
    case "current": {
      if (!running) throw invalidStatus("Start the meeting before choosing the current item");
      if (action.itemId !== null && !(meeting.agenda ?? []).some((e) => e.id === action.itemId && e.kind === "item")) throw entryNotFound();
      // Moving on pauses the clock of the item being left; the chair starts the next one's.
      const timer = meeting.timer?.itemId && meeting.timer.itemId !== action.itemId ? stopTimer(meeting, now) : {};
      return { currentItemId: action.itemId, ...timer };
    }
    case "timer": {
      if (!running) throw invalidStatus("Start the meeting before using the timer");
      const itemId = meeting.currentItemId;
      if (!itemId) throw invalidStatus("Choose the current item before using the timer");
      if (action.action === "pause") return stopTimer(meeting, now);
      if (action.action === "start") {
        if (meeting.timer?.itemId === itemId) return {};
        return { ...stopTimer(meeting, now), timer: { itemId, runningSince: now } as never };
      }
      const stopped = stopTimer(meeting, now);
      const elapsed = (stopped.elapsed ?? []).filter((e) => e.itemId !== itemId);
      const wasRunning = meeting.timer?.itemId === itemId;
      return { elapsed: elapsed as never, timer: wasRunning ? ({ itemId, runningSince: now } as never) : null };
    }
  }
}

const AUDITED = { start: "meeting.started", close: "meeting.closed", reopen: "meeting.reopened" } as const;

/**
 * Runs the meeting: start, close, reopen, the current item and its timer. Authorizes `meeting.run`
 * (reopening: `meeting.reopen`) against the meeting as it is written. Everyone in the room follows.
 */
export default async function meetingConductor(props: { actor: ActingUser; meetingId: string; action: ConductAction }): Promise<PresentedLiveState> {
  const now = new Date();
  const { meeting } = await mutateMeeting(props.meetingId, (current) => {
    const action = props.action.type === "reopen" ? "meeting.reopen" : "meeting.run";
    const target = meetingTarget(current);
    roleMayAct(props.actor, action, target, props.action.type === "reopen" ? "closed" : "in_progress");
    const set = decide(current, props.action, now);
    authorize(props.actor, action, target);
    return { set, result: null };
  });
  const live = presentLive(meeting);
  if (props.action.type in AUDITED) {
    await audit({ action: AUDITED[props.action.type as keyof typeof AUDITED], ...auditActor(props.actor), target: { type: "meeting", id: props.meetingId, label: meeting.title } });
    domainEvents.emit("meeting.changed", { kind: "details", meetingId: props.meetingId });
  }
  domainEvents.emit("meeting.changed", { kind: "live", meetingId: props.meetingId, live });
  return live;
}
