import { useEffect, useState } from "react";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../../../shared/meetings";
import type { PresentedAttendance } from "../../../shared/meetingTypes";
import { getAttendance, markAttendance } from "../../api/meetings";
import { toApiError, useResource } from "../../api/useResource";
import { GreyChairIcon } from "../../components/GreyChairIcon";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useMeetingContext } from "./MeetingScene";

/** Who is here, with counts per country; the empty chair's seat is always on the list. */
export function MeetingAttendancePage() {
  const { t, language } = useI18n();
  const { meeting, room } = useMeetingContext();
  const { resource, reload, update } = useResource(() => getAttendance(meeting.id), meeting.id);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (room.attendance) update(() => room.attendance as PresentedAttendance);
  }, [room.attendance, update]);
  usePageTitle(`${t("meetings.page.attendance")}: ${meeting.title}`);
  const canMark = meeting.permissions.markAttendance;

  const mark = async (userId: string, status: AttendanceStatus | null) => {
    try {
      const next = await markAttendance(meeting.id, userId, status);
      update(() => next);
      setError(null);
    } catch (failure) {
      setError(meetingProblemMessage(toApiError(failure).problem, t, language));
    }
  };

  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t("meetings.page.attendance")}</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <ResourceView resource={resource} onRetry={reload}>
        {(attendance) => (
          <>
            <TableWrap label={t("meetings.attendance.countsTitle")}>
              <table className="table table-compact" data-testid="attendance-counts">
                <caption className="visually-hidden">{t("meetings.attendance.countsTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("meetings.attendance.country")}</th>
                    {ATTENDANCE_STATUSES.map((s) => <th scope="col" key={s}>{t(`meetings.attendanceStatus.${s}`)}</th>)}
                    <th scope="col">{t("meetings.attendanceStatus.unmarked")}</th>
                  </tr>
                </thead>
                <tbody>
                  {attendance.counts.map((row) => (
                    <tr key={row.country}>
                      <th scope="row">{row.country === "none" ? t("meetings.attendance.noCountry") : t(`country.${row.country}`)}</th>
                      <td>{row.present}</td>
                      <td>{row.excused}</td>
                      <td>{row.absent}</td>
                      <td>{row.unmarked}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <ul className="attendance-list" data-testid="attendance-list">
              <li className="attendance-row is-empty-chair" data-testid="empty-chair-seat">
                <GreyChairIcon size={32} />
                <div>
                  <strong>{t("meetings.emptyChair.seat")}</strong>
                  <span className="meta block">{t("meetings.emptyChair.seatNote")}</span>
                </div>
              </li>
              {attendance.people.map((person) => (
                <li key={person.id} className="attendance-row">
                  <div>
                    <strong>{person.name}</strong>
                    <span className="meta block">
                      {[person.organisation, person.country ? t(`country.${person.country}`) : null, t(`role.${person.role}`)].filter(Boolean).join(" · ")}
                    </span>
                  </div>
                  {canMark ? (
                    <label className="attendance-select">
                      <span className="visually-hidden">{t("meetings.attendance.statusFor", { name: person.name })}</span>
                      <select className="select" value={person.status ?? ""} onChange={(e) => void mark(person.id, (e.target.value || null) as AttendanceStatus | null)}>
                        <option value="">{t("meetings.attendanceStatus.unmarked")}</option>
                        {ATTENDANCE_STATUSES.map((s) => <option key={s} value={s}>{t(`meetings.attendanceStatus.${s}`)}</option>)}
                      </select>
                    </label>
                  ) : (
                    <span className="tag">{t(`meetings.attendanceStatus.${person.status ?? "unmarked"}`)}</span>
                  )}
                </li>
              ))}
            </ul>
            {attendance.people.length === 0 && <p>{t("meetings.attendance.none")}</p>}
          </>
        )}
      </ResourceView>
    </section>
  );
}
