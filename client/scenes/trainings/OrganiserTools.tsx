import { useState } from "react";
import type { PresentedTraining } from "../../../shared/trainingTypes";
import { listRegistrations, markAttendance, trainingDownloads } from "../../api/trainingOutcomes";
import { toApiError, useResource } from "../../api/useResource";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ResourceView } from "../../components/ResourceView";
import { useI18n } from "../../i18n/I18nProvider";

/** For the organisers: the lists, sign-in sheet, badges and certificates to download, and attendance on the day. */
export function OrganiserTools({ training }: { training: PresentedTraining }) {
  const { t, language } = useI18n();
  const downloads = trainingDownloads(training.id, language);
  const links = [
    [downloads.listCsv, "trainingOutcomes.tools.listCsv"],
    [downloads.listPdf, "trainingOutcomes.tools.listPdf"],
    [downloads.signInSheet, "trainingOutcomes.tools.signInSheet"],
    [downloads.badges, "trainingOutcomes.tools.badges"],
    [downloads.certificates, "trainingOutcomes.tools.certificates"],
  ] as const;
  return (
    <section className="section" aria-labelledby="organiser-tools-title">
      <h2 id="organiser-tools-title">{t("trainingOutcomes.tools.title")}</h2>
      <h3>{t("trainingOutcomes.tools.downloads")}</h3>
      <ul className="link-list">
        {links.map(([href, label]) => (
          <li key={label}>
            <a href={href} download>{t(label)}</a>
          </li>
        ))}
      </ul>
      <AttendanceList trainingId={training.id} />
    </section>
  );
}

function AttendanceList({ trainingId }: { trainingId: string }) {
  const { t, language } = useI18n();
  const { resource, reload } = useResource(() => listRegistrations(trainingId), trainingId);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  // Shown at once (the box follows the click); put back if the server refuses.
  const [marked, setMarked] = useState<Record<string, boolean>>({});
  const toggle = async (registrationId: string, attended: boolean) => {
    setMarked((current) => ({ ...current, [registrationId]: attended }));
    try {
      await markAttendance(trainingId, registrationId, attended);
      setMessage({ kind: "success", text: t("trainingOutcomes.attendance.saved") });
    } catch (failure) {
      setMarked((current) => ({ ...current, [registrationId]: !attended }));
      setMessage({ kind: "error", text: problemMessage(toApiError(failure).problem, t, language) });
    }
  };
  return (
    <>
      <h3 id="attendance-title">{t("trainingOutcomes.attendance.title")}</h3>
      <p className="field-hint">{t("trainingOutcomes.attendance.hint")}</p>
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text}</Notice>}</div>
      <ResourceView resource={resource} onRetry={reload}>
        {(registrations) => {
          const confirmed = registrations.filter((r) => r.status === "confirmed");
          if (confirmed.length === 0) return <p>{t("trainingOutcomes.attendance.empty")}</p>;
          return (
            <fieldset className="fieldset choice-group" aria-labelledby="attendance-title">
              <div className="choice-list" data-testid="attendance">
                {confirmed.map((r) => (
                  <div className="checkbox choice" key={r.id}>
                    <input id={`attended-${r.id}`} type="checkbox" className="checkbox-input" checked={marked[r.id] ?? r.attended} onChange={(event) => void toggle(r.id, event.target.checked)} />
                    <label className="checkbox-label" htmlFor={`attended-${r.id}`}>
                      {t("trainingOutcomes.attendance.participant", { name: r.name, country: t(`country.${r.country}`) })}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        }}
      </ResourceView>
    </>
  );
}
