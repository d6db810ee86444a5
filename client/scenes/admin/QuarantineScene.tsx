import { Link } from "react-router";
import type { PresentedQuarantinedUpdate } from "../../../shared/types";
import { listQuarantine } from "../../api/admin";
import { useResource } from "../../api/useResource";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "medium" };

/** Stored document changes that could not be applied and were moved aside, for the secretariat to investigate. */
export function QuarantineScene() {
  const { t } = useI18n();
  const { resource, reload } = useResource(listQuarantine);
  usePageTitle(t("quarantine.title"));
  return (
    <div className="page page-full">
      <h1>{t("quarantine.title")}</h1>
      <p className="lead">{t("quarantine.intro")}</p>
      <ResourceView resource={resource} onRetry={reload} isEmpty={(rows) => rows.length === 0} empty={<p role="status">{t("quarantine.none")}</p>}>
        {(rows) => (
          <>
            <p>{t("quarantine.advice")}</p>
            <p role="status" className="meta">
              {t("quarantine.shown", { count: rows.length })}
            </p>
            <QuarantineTable rows={rows} />
          </>
        )}
      </ResourceView>
    </div>
  );
}

function QuarantineTable({ rows }: { rows: PresentedQuarantinedUpdate[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <TableWrap label={t("quarantine.title")}>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">{t("quarantine.document")}</th>
            <th scope="col">{t("quarantine.kind")}</th>
            <th scope="col">{t("quarantine.seq")}</th>
            <th scope="col">{t("quarantine.size")}</th>
            <th scope="col">{t("quarantine.sentBy")}</th>
            <th scope="col">{t("quarantine.storedAt")}</th>
            <th scope="col">{t("quarantine.quarantinedAt")}</th>
            <th scope="col">{t("quarantine.error")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.document.title === null ? t("quarantine.unknownDocument") : <Link to={`/documents/${row.document.id}`}>{row.document.title}</Link>}</td>
              <td>{t(`quarantine.kind.${row.kind}`)}</td>
              <td>{row.seq}</td>
              <td>{t("quarantine.bytes", { count: row.size })}</td>
              <td>{row.sentBy ? row.sentBy.name : t("quarantine.unknownSender")}</td>
              <td>{row.storedAt ? formatDateTime(row.storedAt, WHEN) : "—"}</td>
              <td>{formatDateTime(row.quarantinedAt, WHEN)}</td>
              <td>
                <code>{row.error}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
