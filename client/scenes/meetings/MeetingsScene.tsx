import { Link } from "react-router";
import type { PresentedMeetingSummary } from "../../../shared/meetingTypes";
import { listMeetings } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { CalendarFeedSection } from "../../components/meetings/CalendarFeedSection";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import "../../styles/meetings.css";

function MeetingTable({ meetings, label }: { meetings: PresentedMeetingSummary[]; label: string }) {
  const { t, formatDateTime } = useI18n();
  return (
    <TableWrap label={label}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("meetings.field.title")}</th>
            <th scope="col">{t("meetings.list.when")}</th>
            <th scope="col">{t("meetings.field.place")}</th>
            <th scope="col">{t("meetings.list.status")}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td><Link to={`/meetings/${m.id}`}>{m.title}</Link></td>
              <td>{formatDateTime(m.startsAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td>{m.place || (m.videoUrl ? t("meetings.list.online") : "—")}</td>
              <td><strong className={`tag status-${m.status}`}>{t(`meetings.status.${m.status}`)}</strong></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Upcoming and past meetings the user may see; organisers create new ones here. */
export function MeetingsScene() {
  const { t } = useI18n();
  const { resource, reload } = useResource(listMeetings);
  const account = useAccount();
  usePageTitle(t("meetings.title"));
  return (
    <div className="page page-wide">
      <h1>{t("meetings.title")}</h1>
      <p className="lead">{t("meetings.intro")}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {(list) => (
          <>
            {list.canCreate && (
              <p className="button-group">
                <Link to="/meetings/new" className="button-primary button-link-like">{t("meetings.create")}</Link>
                <Link to="/prompts">{t("meetings.promptsLink")}</Link>
              </p>
            )}
            <h2>{t("meetings.upcoming")}</h2>
            {list.upcoming.length === 0 ? <p>{list.canCreate ? t("meetings.noneUpcomingOrganiser") : t("meetings.noneUpcoming")}</p> : <MeetingTable meetings={list.upcoming} label={t("meetings.upcoming")} />}
            <h2>{t("meetings.past")}</h2>
            {list.past.length === 0 ? <p>{t("meetings.nonePast")}</p> : <MeetingTable meetings={list.past} label={t("meetings.past")} />}
          </>
        )}
      </ResourceView>
      {account.role !== "observer" && (
        <p>
          <Link to="/archive">{t("archive.title")}</Link>
        </p>
      )}
      <CalendarFeedSection />
    </div>
  );
}
