import { useState } from "react";
import type { PresentedSession } from "../../../shared/types";
import { endSession, listSessions } from "../../api/account";
import { toApiError, useResource } from "../../api/useResource";
import type { ApiError } from "../../api/http";
import { useI18n } from "../../i18n/I18nProvider";
import { useSession } from "../../session/SessionProvider";
import { LoadFailure } from "../LoadFailure";
import { Notice } from "../Notice";
import { ResourceView } from "../ResourceView";
import { TableWrap } from "../TableWrap";
import { describeDevice } from "./describeDevice";

/** Where this account is signed in, with a way to end any of those sessions, or all. */
export function SessionsSection() {
  const { t, formatDateTime } = useI18n();
  const { signOut } = useSession();
  const { resource, reload, update } = useResource(listSessions);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [ended, setEnded] = useState(false);

  const end = async (session: PresentedSession) => {
    setBusyId(session.id);
    setError(null);
    setEnded(false);
    try {
      await endSession(session.id);
      update((sessions) => sessions.filter((s) => s.id !== session.id));
      setEnded(true);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusyId(null);
    }
  };

  const endAll = async () => {
    setBusyId("all");
    setError(null);
    try {
      await signOut({ everywhere: true }); // this one too: the guard then shows the sign-in page
    } catch (failure) {
      setError(toApiError(failure));
      setBusyId(null);
    }
  };

  return (
    <section className="section">
      <h2 id="sessions-title">{t("sessions.title")}</h2>
      <p>{t("sessions.intro")}</p>
      {error && <LoadFailure error={error} />}
      {ended && <Notice kind="success">{t("sessions.ended")}</Notice>}
      <ResourceView resource={resource} onRetry={reload}>
        {(sessions) => (
          <TableWrap label={t("sessions.title")}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("sessions.device")}</th>
                  <th scope="col">{t("sessions.ip")}</th>
                  <th scope="col">{t("sessions.started")}</th>
                  <th scope="col">{t("sessions.lastSeen")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <tr key={session.id}>
                    <td>
                      {describeDevice(session.userAgent) || t("sessions.unknownDevice")}
                      {session.current && <strong className="tag is-ok">{t("sessions.thisDevice")}</strong>}
                    </td>
                    <td>{session.ip}</td>
                    <td>{formatDateTime(session.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td>{formatDateTime(session.lastSeenAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td>
                      {!session.current && (
                        <button type="button" className="button-secondary button-small" disabled={busyId !== null} onClick={() => void end(session)}>
                          {t("sessions.end")}
                          <span className="visually-hidden"> {t("sessions.endContext", { device: describeDevice(session.userAgent), time: formatDateTime(session.lastSeenAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>
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
      <h3>{t("sessions.endAllTitle")}</h3>
      <p>{t("sessions.endAllHelp")}</p>
      <button type="button" className="button-warning" disabled={busyId !== null} onClick={() => void endAll()}>
        {t("sessions.endAll")}
      </button>
    </section>
  );
}
