import { useState } from "react";
import type { PresentedMailStatus } from "../../../shared/notificationTypes";
import type { MessageKey } from "../../i18n/en";
import type { ApiError } from "../../api/http";
import { listMailFailures, retryMailJob } from "../../api/notifications";
import { toApiError, useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";
import { LoadFailure } from "../LoadFailure";
import { Notice } from "../Notice";
import { ResourceView } from "../ResourceView";
import { TableWrap } from "../TableWrap";

/** Whether e-mail is on, what waits, and the messages that could not be sent (each can be sent again). */
export function MailStatusSection({ mail }: { mail: PresentedMailStatus }) {
  const { t, language, formatDateTime } = useI18n();
  const { resource, update } = useResource(listMailFailures);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [retried, setRetried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const retry = async (jobId: string) => {
    setBusyId(jobId);
    setError(null);
    setRetried(false);
    try {
      await retryMailJob(jobId);
      update((page) => ({ ...page, failures: page.failures.filter((f) => f.id !== jobId) }));
      setRetried(true);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="section" aria-labelledby="mail-title" data-testid="mail-status">
      <h2 id="mail-title">{t("mail.title")}</h2>
      <p>{mail.enabled ? t("mail.on", { from: mail.from ?? "" }) : t("mail.off")}</p>
      {mail.queued > 0 && <p>{plural(t, language, "mail.queued", mail.queued)}</p>}
      {mail.failed > 0 && <p>{plural(t, language, "mail.failed", mail.failed)}</p>}
      <h3>{t("mail.failuresTitle")}</h3>
      {error && <LoadFailure error={error} />}
      {retried && <Notice kind="success">{t("mail.retried")}</Notice>}
      <ResourceView resource={resource} isEmpty={(page) => page.failures.length === 0} empty={<p>{t("mail.noFailures")}</p>}>
        {(page) => (
          <TableWrap label={t("mail.failuresTitle")}>
            <table className="mail-failures">
              <thead>
                <tr>
                  <th scope="col">{t("mail.to")}</th>
                  <th scope="col">{t("mail.kind")}</th>
                  <th scope="col">{t("mail.when")}</th>
                  <th scope="col">{t("mail.attempts")}</th>
                  <th scope="col">{t("mail.lastError")}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {page.failures.map((job) => (
                  <tr key={job.id}>
                    <td>{job.to}</td>
                    <td>{t(`mail.template.${job.template}` as MessageKey)}</td>
                    <td>{formatDateTime(job.updatedAt)}</td>
                    <td>{job.attempts}</td>
                    <td>{job.lastError ?? ""}</td>
                    <td>
                      {mail.enabled && (
                        <button type="button" className="button-secondary button-small" disabled={busyId === job.id} onClick={() => void retry(job.id)}>
                          {t("mail.retry")}
                          <span className="visually-hidden">: {job.to}</span>
                        </button>
                      )}
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
