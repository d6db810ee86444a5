import { Link } from "react-router";
import type { PresentedAuditEntry } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { TableWrap } from "../TableWrap";

const RESULT_CLASS: Record<PresentedAuditEntry["result"], string> = { success: "is-ok", failure: "is-warning", denied: "is-error" };

/** The audit log, newest first. Action codes are shown as recorded: they are what the verifier and the filters use. */
export function AuditTable({ entries, actorLink }: { entries: PresentedAuditEntry[]; actorLink(actorId: string): string }) {
  const { t, formatDateTime } = useI18n();
  return (
    <TableWrap label={t("audit.title")}>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">{t("audit.seq")}</th>
            <th scope="col">{t("audit.when")}</th>
            <th scope="col">{t("audit.who")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.target")}</th>
            <th scope="col">{t("audit.result")}</th>
            <th scope="col">{t("audit.ip")}</th>
            <th scope="col">{t("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{formatDateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
              <td>
                {entry.actor ? (
                  <Link to={actorLink(entry.actor.id)} title={t("audit.onlyThisPerson")}>
                    {entry.actor.name}
                  </Link>
                ) : (
                  t("audit.noActor")
                )}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.target ? (
                  <>
                    {entry.target.label}
                    <span className="meta block">{entry.target.type}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>
                <strong className={`tag ${RESULT_CLASS[entry.result]}`}>{t(`auditResult.${entry.result}`)}</strong>
              </td>
              <td>{entry.ip}</td>
              <td>
                {Object.keys(entry.details).length > 0 ? (
                  <details>
                    <summary>{t("audit.showDetails")}</summary>
                    <dl className="details-list">
                      {Object.entries(entry.details).map(([key, value]) => (
                        <div key={key}>
                          <dt>{key}</dt>
                          <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
