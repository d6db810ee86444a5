import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { itemNumbers } from "../../../shared/agenda";
import type { AgendaEntry, PresentedLiveState, PresentedMeeting } from "../../../shared/meetingTypes";
import { ConnectionStatus } from "../../components/meetings/ConnectionStatus";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { RoomChair } from "../../components/meetings/room/RoomChair";
import { RoomNow } from "../../components/meetings/room/RoomNow";
import { useRoomKeys } from "../../components/meetings/room/useRoomKeys";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { neighbourItem, upcomingItems, type RoomKeyAction } from "../../meetings/roomKeys";
import { useFullscreen } from "../../meetings/useFullscreen";
import { useLiveMeeting } from "../../meetings/useLiveMeeting";
import type { MeetingRoom } from "../../meetings/useMeetingRoom";
import "../../styles/meetings.css";
import "../../styles/room.css";

/**
 * The room screen: a page of its own, outside the app's header and navigation, for the projector.
 * The current item, its timer and overrun, what comes next and the empty chair's question, large.
 * The chair runs the meeting from here with the keys (through the same socket events as the agenda
 * page, so the server checks them the same way).
 */
export function MeetingRoomScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload, room, entries, live, current } = useLiveMeeting(id);
  const back = { to: `/meetings/${id}`, label: t("meetings.room.back") };
  return (
    <div className="room-screen" data-testid="room-screen">
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("meetings.notFoundTitle"), body: t("meetings.notFoundBody"), back }}>
        {(meeting) => live && <RoomScreen meeting={meeting} entries={entries} live={live} current={current} room={room} />}
      </ResourceView>
    </div>
  );
}

function RoomScreen({ meeting, entries, live, current, room }: { meeting: PresentedMeeting; entries: AgendaEntry[]; live: PresentedLiveState; current: AgendaEntry | null; room: MeetingRoom }) {
  const { t, language } = useI18n();
  usePageTitle(`${t("meetings.page.present")}: ${meeting.title}`);
  const location = useLocation();
  const fullscreen = useFullscreen();
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const screen = useRef<HTMLDivElement>(null);
  const numbers = itemNumbers(entries);
  const canRun = meeting.permissions.run && live.status === "in_progress";
  const next = upcomingItems(entries, current?.id ?? null, 3);

  // Opened from the meeting's link: that click still counts as the gesture full screen needs.
  useEffect(() => {
    if ((location.state as { fullscreen?: boolean } | null)?.fullscreen) void fullscreen.enter();
    screen.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Everyone in the room hears what is current now (the chair's key press, or the agenda page's).
  useEffect(() => {
    if (current) setMessage({ text: t("meetings.room.nowAnnounced", { title: `${numbers.get(current.id) ?? ""}. ${current.title}` }), alert: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id]);

  const act = async (action: RoomKeyAction) => {
    if (action === "fullscreen") return void fullscreen.toggle();
    if (!canRun) return;
    if (action === "timer") {
      if (!current) return;
      const failure = await room.timer(live.timer?.itemId === current.id ? "pause" : "start");
      if (failure) setMessage({ text: meetingProblemMessage(failure, t, language), alert: true });
      return;
    }
    const target = neighbourItem(entries, current?.id ?? null, action === "next" ? 1 : -1);
    if (!target) return setMessage({ text: t(action === "next" ? "meetings.room.atEnd" : "meetings.room.atStart"), alert: false });
    const failure = await room.setCurrentItem(target.id);
    if (failure) setMessage({ text: meetingProblemMessage(failure, t, language), alert: true });
  };
  useRoomKeys((action) => void act(action));

  return (
    <div className="room-frame" ref={screen} tabIndex={-1}>
      <header className="room-head">
        <h1 className="room-title">{meeting.title}</h1>
        <strong className={`tag status-${live.status}`}>{t(`meetings.status.${live.status}`)}</strong>
        <ConnectionStatus />
      </header>
      <div className="room-body">
        <section className="room-main" aria-label={t("meetings.present.now")}>
          {current ? (
            <RoomNow item={current} number={numbers.get(current.id)} live={live} clockOffset={room.clockOffset} />
          ) : (
            <p className="room-current">{live.status === "in_progress" ? t("meetings.room.noCurrent") : t(`meetings.status.${live.status}`)}</p>
          )}
          <div className="room-next">
            <h2 className="room-label">{t("meetings.present.next")}</h2>
            {next.length > 0 ? (
              <ol data-testid="room-next">
                {next.map((e) => (
                  <li key={e.id}>
                    {numbers.get(e.id)}. {e.title}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("meetings.room.nothingNext")}</p>
            )}
          </div>
        </section>
        <RoomChair item={current} />
      </div>
      <footer className="room-foot">
        {canRun && (
          <>
            <ul className="room-keys" aria-label={t("meetings.room.keysLabel")}>
              <li>{t("meetings.room.keyNext")}</li>
              <li>{t("meetings.room.keyPrevious")}</li>
              <li>{t("meetings.room.keyTimer")}</li>
              <li>{t("meetings.room.keyFullscreen")}</li>
            </ul>
            <div className="room-buttons">
              <button type="button" onClick={() => void act("previous")}>{t("meetings.room.previous")}</button>
              {current && <button type="button" onClick={() => void act("timer")}>{live.timer?.itemId === current.id ? t("meetings.timer.pause") : t("meetings.timer.start")}</button>}
              <button type="button" onClick={() => void act("next")}>{t("meetings.room.next")}</button>
            </div>
          </>
        )}
        <div className="room-buttons">
          {fullscreen.supported && (
            <button type="button" aria-pressed={fullscreen.active} onClick={() => void fullscreen.toggle()}>
              {fullscreen.active ? t("meetings.room.leaveFullscreen") : t("meetings.room.fullscreen")}
            </button>
          )}
          <Link to={`/meetings/${meeting.id}`}>{t("meetings.room.back")}</Link>
        </div>
        <p className="visually-hidden" role="status" data-testid="room-announcement">
          {message && !message.alert && message.text}
        </p>
        <p className="room-message" role="alert">
          {message?.alert && message.text}
        </p>
      </footer>
    </div>
  );
}
