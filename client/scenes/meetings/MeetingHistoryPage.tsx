import { useEffect } from "react";
import { agendaHistory } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useMeetingContext } from "./MeetingScene";

/** Who changed the agenda, what and when: every change is attributed. */
export function MeetingHistoryPage() {
  const { t, formatDateTime } = useI18n();
  const { meeting, room } = useMeetingContext();
  const { resource, reload } = useResource(() => agendaHistory(meeting.id), meeting.id);
  useEffect(() => {
    if (room.agenda) reload();
  }, [room.agenda?.version, reload]);
  usePageTitle(`${t("meetings.page.history")}: ${meeting.title}`);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("meetings.page.history")}</h2>
      <ResourceView resource={resource} onRetry={reload} isEmpty={(changes) => changes.length === 0} empty={<p>{t("meetings.history.none")}</p>}>
        {(changes) => (
          <TableWrap label={t("meetings.page.history")}>
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t("meetings.history.when")}</th>
                  <th scope="col">{t("meetings.history.who")}</th>
                  <th scope="col">{t("meetings.history.what")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.version}>
                    <td>{formatDateTime(change.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                    <td>{change.actor?.name ?? "—"}</td>
                    <td>
                      {t(`meetings.history.op.${change.operation}`, { title: change.entryTitle, from: change.from ?? "", to: change.to ?? "" })}
                      {change.fields.length > 0 && <span className="meta block">{t("meetings.history.fields", { fields: change.fields.map((f) => t(`meetings.historyField.${f}` as never)).join(", ") })}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </ResourceView>
    </section>
  );
}
