import { Suspense } from "react";
import { Link, NavLink, Outlet, useOutletContext, useParams } from "react-router";
import type { AgendaEntry, PresentedLiveState, PresentedMeeting } from "../../../shared/meetingTypes";
import { meetingCalendarUrl } from "../../api/meetings";
import { ConnectionStatus } from "../../components/meetings/ConnectionStatus";
import { EmptyChairPanel } from "../../components/meetings/EmptyChairPanel";
import { MinutesLink } from "../../components/meetings/MinutesLink";
import { Loading } from "../../components/Loading";
import { ResourceView } from "../../components/ResourceView";
import { useI18n } from "../../i18n/I18nProvider";
import { useLiveMeeting } from "../../meetings/useLiveMeeting";
import type { MeetingRoom } from "../../meetings/useMeetingRoom";
import { usePhoneWidth } from "../../components/usePhoneWidth";
import "../../styles/meetings.css";

export interface MeetingContext {
  meeting: PresentedMeeting;
  entries: AgendaEntry[];
  live: PresentedLiveState;
  current: AgendaEntry | null;
  room: MeetingRoom;
  reload(): void;
}

export const useMeetingContext = () => useOutletContext<MeetingContext>();

/**
 * Every meeting page sits in this frame: title, when and where, the connection state, the meeting's
 * pages, and the empty chair beside them — rendered here, once, so no meeting page can be without it.
 */
export function MeetingScene() {
  const { id = "" } = useParams();
  const { t, formatDateTime } = useI18n();
  const { resource, reload, room, entries, live, current } = useLiveMeeting(id);
  const phone = usePhoneWidth();

  return (
    <div className="meeting-page page-full">
      <div className="meeting-main">
        <p>
          <Link to="/meetings" className="back-link">{t("meetings.backToList")}</Link>
        </p>
        <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("meetings.notFoundTitle"), body: t("meetings.notFoundBody"), back: { to: "/meetings", label: t("meetings.backToList") } }}>
          {(meeting) =>
            live && (
              <>
                <h1>{meeting.title}</h1>
                <p className="lead">
                  {formatDateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short" })} – {formatDateTime(meeting.endsAt, { timeStyle: "short" })}{" "}
                  <span className="meta">{t("meetings.brusselsTime")}</span>
                </p>
                <p className="meta meeting-facts">
                  <strong className={`tag status-${live.status}`}>{t(`meetings.status.${live.status}`)}</strong>{" "}
                  {meeting.place && <span>{meeting.place} · </span>}
                  {meeting.videoUrl && (
                    <span>
                      <a href={meeting.videoUrl} rel="noreferrer noopener" target="_blank">
                        {t("meetings.videoLink")}
                      </a>{" "}
                      ·{" "}
                    </span>
                  )}
                  {t("meetings.language", { language: t(`language.${meeting.language}`) })}
                </p>
                <ConnectionStatus />
                {room.joinError && <p className="notice is-warning">{t("meetings.joinFailed")}</p>}
                <nav className="sub-nav" aria-label={t("meetings.pagesLabel")}>
                  <ul>
                    <li><NavLink to="" end>{t("meetings.page.agenda")}</NavLink></li>
                    <li><NavLink to="attendance">{t("meetings.page.attendance")}</NavLink></li>
                    <li><NavLink to="records">{t("meetings.page.records")}</NavLink></li>
                    <li><NavLink to="history">{t("meetings.page.history")}</NavLink></li>
                    <li><Link to={`/meetings/${meeting.id}/room`} state={{ fullscreen: true }}>{t("meetings.page.present")}</Link></li>
                    {meeting.permissions.edit && <li><NavLink to="edit">{t("meetings.page.edit")}</NavLink></li>}
                    <li><a href={meetingCalendarUrl(meeting.id)} download>{t("meetings.calendarFile")}</a></li>
                  </ul>
                </nav>
                <MinutesLink meeting={meeting} />
                <Suspense fallback={<Loading />}>
                  <Outlet context={{ meeting, entries, live, current, room, reload } satisfies MeetingContext} />
                </Suspense>
              </>
            )
          }
        </ResourceView>
      </div>
      {/* Compact by default on a phone, so the agenda shows; never hidden. */}
      <EmptyChairPanel key={phone ? "phone" : "wide"} item={current} compactByDefault={phone} />
    </div>
  );
}
