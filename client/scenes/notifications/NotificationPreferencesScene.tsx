import { useState } from "react";
import { EMAIL_MODES, type EmailMode, type NotificationPreference, type NotificationType, type PresentedNotificationPreferences } from "../../../shared/notificationTypes";
import { preferencesUpdateSchema } from "../../../shared/schemas/notifications";
import { getNotificationPreferences, updateNotificationPreferences } from "../../api/notifications";
import { toApiError, useResource } from "../../api/useResource";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/I18nProvider";

type Choices = Record<NotificationType, { inApp: boolean; email: EmailMode }>;
const asChoices = (list: NotificationPreference[]) => Object.fromEntries(list.map((p) => [p.type, { inApp: p.inApp, email: p.email }])) as Choices;

/** Per kind of event: shown in the app or not, and e-mail at once, in the 08:00 digest, or never. */
export function NotificationPreferencesScene() {
  const { t } = useI18n();
  usePageTitle(t("preferences.title"));
  const { resource, update } = useResource(getNotificationPreferences);
  return (
    <div className="page">
      <h1>{t("preferences.title")}</h1>
      <p className="lead">{t("preferences.intro")}</p>
      <ResourceView resource={resource}>{(answer) => <PreferencesForm answer={answer} onSaved={(saved) => update(() => saved)} />}</ResourceView>
    </div>
  );
}

function PreferencesForm({ answer, onSaved }: { answer: PresentedNotificationPreferences; onSaved(saved: PresentedNotificationPreferences): void }) {
  const { t, language } = useI18n();
  const saved = asChoices(answer.preferences);
  const [choices, setChoices] = useState<Choices>(saved);
  const [status, setStatus] = useState<{ kind: "success" | "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (type: NotificationType, patch: Partial<Choices[NotificationType]>) => setChoices((current) => ({ ...current, [type]: { ...current[type], ...patch } }));

  const submit = async () => {
    const changed = answer.preferences
      .filter((p) => choices[p.type].inApp !== p.inApp || choices[p.type].email !== p.email)
      .map((p) => ({ type: p.type, inApp: choices[p.type].inApp, email: choices[p.type].email }));
    if (changed.length === 0) return setStatus({ kind: "info", text: t("preferences.unchanged") });
    // The server's schema, checked here too: the same rule on both sides.
    const input = preferencesUpdateSchema.parse({ preferences: changed });
    setBusy(true);
    try {
      const next = await updateNotificationPreferences(input);
      onSaved(next);
      setChoices(asChoices(next.preferences));
      setStatus({ kind: "success", text: t("preferences.saved") });
    } catch (error) {
      setStatus({ kind: "error", text: problemMessage(toApiError(error).problem, t, language) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {!answer.mailEnabled && <Notice kind="info">{<p>{t("preferences.mailOff")}</p>}</Notice>}
      <TableWrap label={t("preferences.title")}>
        <table className="preferences-table">
          <thead>
            <tr>
              <th scope="col">{t("preferences.event")}</th>
              <th scope="col">{t("preferences.inApp")}</th>
              <th scope="col">{t("preferences.email")}</th>
            </tr>
          </thead>
          <tbody>
            {answer.preferences.map(({ type }) => {
              const label = t(`notificationType.${type}` as MessageKey);
              return (
                <tr key={type} data-testid={`preference-${type}`}>
                  <th scope="row" id={`pref-${type}`}>
                    {label}
                  </th>
                  <td>
                    <label>
                      <input type="checkbox" checked={choices[type].inApp} onChange={(event) => change(type, { inApp: event.target.checked })} />{" "}
                      <span>{t("preferences.inApp")}</span>
                      <span className="visually-hidden">: {label}</span>
                    </label>
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`pref-email-${type}`}>
                      {t("preferences.email")}: {label}
                    </label>
                    <select id={`pref-email-${type}`} value={choices[type].email} onChange={(event) => change(type, { email: event.target.value as EmailMode })}>
                      {EMAIL_MODES.map((mode) => (
                        <option key={mode} value={mode}>
                          {t(`preferences.email.${mode}` as MessageKey, { time: answer.digestTime })}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {status && (
        <Notice kind={status.kind}>
          <p>{status.text}</p>
        </Notice>
      )}
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {t("preferences.save")}
        </button>
      </p>
    </form>
  );
}
