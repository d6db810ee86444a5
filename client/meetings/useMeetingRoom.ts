import { useCallback, useEffect, useRef, useState } from "react";
import type { MeetingAck } from "../../shared/events";
import type { PresentedAgenda, PresentedAttendance, PresentedLiveState } from "../../shared/meetingTypes";
import type { AgendaOperation } from "../../shared/schemas/meetings";
import { getSocket } from "../api/socket";

export type RoomFailure = Extract<MeetingAck<object>, { ok: false }>;

export interface MeetingRoom {
  agenda: PresentedAgenda | null;
  live: PresentedLiveState | null;
  attendance: PresentedAttendance | null;
  /** Milliseconds to add to Date.now() to get the server's clock (timers use it). */
  clockOffset: number;
  /** Bumped when the server says details, records or proposals changed: pages reload that part. */
  revisions: { details: number; records: number; proposals: number };
  joinError: string | null;
  apply(operation: AgendaOperation): Promise<RoomFailure | null>;
  setCurrentItem(itemId: string | null): Promise<RoomFailure | null>;
  timer(action: "start" | "pause" | "reset"): Promise<RoomFailure | null>;
}

const TIMEOUT_MS = 10_000;

/**
 * Joins a meeting's room on the shared socket (again after every reconnect, so a client that was away
 * catches up) and keeps the server's agenda, live state and attendance. Every change comes back from
 * the server as a broadcast; agenda broadcasts older than what we show are dropped, so all clients
 * end on the same, latest version.
 */
export function useMeetingRoom(meetingId: string): MeetingRoom {
  const socket = getSocket();
  const [agenda, setAgenda] = useState<PresentedAgenda | null>(null);
  const [live, setLive] = useState<PresentedLiveState | null>(null);
  const [attendance, setAttendance] = useState<PresentedAttendance | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [revisions, setRevisions] = useState({ details: 0, records: 0, proposals: 0 });
  const [joinError, setJoinError] = useState<string | null>(null);
  const versionRef = useRef(-1);

  const acceptAgenda = useCallback((next: PresentedAgenda) => {
    if (next.version < versionRef.current) return;
    versionRef.current = next.version;
    setAgenda(next);
  }, []);
  const acceptLive = useCallback((next: PresentedLiveState) => {
    setClockOffset(Date.parse(next.serverTime) - Date.now());
    setLive(next);
  }, []);

  useEffect(() => {
    versionRef.current = -1;
    const join = () => {
      socket.timeout(TIMEOUT_MS).emit("meeting.join", { meetingId }, (error: Error | null, reply) => {
        if (error) return setJoinError("timeout");
        if (!reply.ok) return setJoinError(reply.code);
        setJoinError(null);
        acceptAgenda(reply.agenda);
        acceptLive(reply.live);
      });
    };
    const onAgenda = ({ agenda: next }: { agenda: PresentedAgenda }) => next.meetingId === meetingId && acceptAgenda(next);
    const onLive = (next: PresentedLiveState) => next.meetingId === meetingId && acceptLive(next);
    const onAttendance = (next: PresentedAttendance) => next.meetingId === meetingId && setAttendance(next);
    const onChanged = ({ meetingId: changed, what }: { meetingId: string; what: "details" | "records" | "proposals" }) => {
      if (changed === meetingId) setRevisions((r) => ({ ...r, [what]: r[what] + 1 }));
    };
    socket.on("connect", join);
    socket.on("agenda.updated", onAgenda);
    socket.on("meeting.live", onLive);
    socket.on("attendance.updated", onAttendance);
    socket.on("meeting.changed", onChanged);
    if (socket.connected) join();
    return () => {
      socket.emit("meeting.leave", { meetingId });
      socket.off("connect", join);
      socket.off("agenda.updated", onAgenda);
      socket.off("meeting.live", onLive);
      socket.off("attendance.updated", onAttendance);
      socket.off("meeting.changed", onChanged);
    };
  }, [socket, meetingId, acceptAgenda, acceptLive]);

  const send = useCallback(
    async <T extends object>(emit: () => Promise<MeetingAck<T>>): Promise<RoomFailure | null> => {
      try {
        const reply = await emit();
        return reply.ok ? null : (reply as RoomFailure);
      } catch {
        return { ok: false, code: "network_error" };
      }
    },
    [],
  );

  const apply = useCallback(
    (operation: AgendaOperation) => send(() => socket.timeout(TIMEOUT_MS).emitWithAck("agenda.apply", { meetingId, operation })),
    [socket, meetingId, send],
  );
  const setCurrentItem = useCallback(
    (itemId: string | null) => send(() => socket.timeout(TIMEOUT_MS).emitWithAck("meeting.setCurrentItem", { meetingId, itemId })),
    [socket, meetingId, send],
  );
  const timer = useCallback(
    (action: "start" | "pause" | "reset") => send(() => socket.timeout(TIMEOUT_MS).emitWithAck("meeting.timer", { meetingId, action })),
    [socket, meetingId, send],
  );

  return { agenda, live, attendance, clockOffset, revisions, joinError, apply, setCurrentItem, timer };
}
