import { useEffect } from "react";
import type { AgendaEntry, PresentedLiveState, PresentedMeeting } from "../../shared/meetingTypes";
import { getMeeting } from "../api/meetings";
import { useResource, type Resource } from "../api/useResource";
import { useMeetingRoom, type MeetingRoom } from "./useMeetingRoom";

export interface LiveMeeting {
  resource: Resource<PresentedMeeting>;
  reload(): void;
  room: MeetingRoom;
  /** The agenda and live state as the room last said, else as the page loaded them. */
  entries: AgendaEntry[];
  live: PresentedLiveState | null;
  current: AgendaEntry | null;
}

/** A meeting's page and its live room together: what the meeting pages and the room screen share. */
export function useLiveMeeting(id: string): LiveMeeting {
  const { resource, reload } = useResource(() => getMeeting(id), id);
  const room = useMeetingRoom(id);
  useEffect(() => {
    if (room.revisions.details > 0) reload();
  }, [room.revisions.details, reload]);
  const meeting = resource.status === "ready" ? resource.data : null;
  const entries = room.agenda?.entries ?? meeting?.agenda.entries ?? [];
  const live = room.live ?? meeting?.live ?? null;
  const current = entries.find((e) => e.id === live?.currentItemId) ?? null;
  return { resource, reload, room, entries, live, current };
}
