import { Link } from "react-router";
import type { PresentedAuditEntry } from "../../../shared/types";
import { isAuditAction, isAuditTargetType } from "../../../shared/auditCodes";
import { AUDIT_ACTION_WORDS, AUDIT_TARGET_WORDS } from "../../i18n/admin/auditCodes";
import { useI18n } from "../../i18n/I18nProvider";
import { TableWrap } from "../TableWrap";

const RESULT_CLASS: Record<PresentedAuditEntry["result"], string> = { success: "is-ok", failure: "is-warning", denied: "is-error" };

/**
 * The audit log, newest first. Actions and targets are named in the reader's language, with the
 * code as recorded beside the action: it is what the filter and the verifier use. A code from an
 * older version, no longer listed, is shown as it is.
 */
export function AuditTable({ entries, actorLink }: { entries: PresentedAuditEntry[]; actorLink(actorId: string): string }) {
  const { t, language, formatDateTime } = useI18n();
  const actionWords = (code: string) => (isAuditAction(code) ? AUDIT_ACTION_WORDS[language][code] : code);
  const targetWords = (code: string) => (isAuditTargetType(code) ? AUDIT_TARGET_WORDS[language][code] : code);
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
                <span className="block">{actionWords(entry.action)}</span>
                <code className="meta block">{entry.action}</code>
              </td>
              <td>
                {entry.target ? (
                  <>
                    {entry.target.label}
                    <span className="meta block">{targetWords(entry.target.type)}</span>
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
