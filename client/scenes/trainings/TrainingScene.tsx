import { useState } from "react";
import { Link, useParams } from "react-router";
import type { PresentedTraining } from "../../../shared/trainingTypes";
import { cancelRegistration, getTraining } from "../../api/trainings";
import { toApiError, useResource } from "../../api/useResource";
import { AttachmentList } from "../../components/attachments/AttachmentList";
import { EmptyChairPanel } from "../../components/meetings/EmptyChairPanel";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { MyGroupNotice } from "../trainingGroups/MyGroupNotice";
import { ProgrammeSection } from "../trainingProgramme/ProgrammeSection";
import { EvaluationSection } from "./EvaluationSection";
import { OrganiserTools } from "./OrganiserTools";
import { RegistrationForm } from "./RegistrationForm";
import { TrainingStatusLine } from "./TrainingStatusLine";

/** One training: what, when, where, its programme and materials, and registering — with the empty chair. */
export function TrainingScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload } = useResource(() => getTraining(id), id);
  usePageTitle(resource.status === "ready" ? resource.data.title : t("trainings.title"));
  return (
    <div className="meeting-page page-full">
      <div className="meeting-main">
        <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("trainings.notFound"), back: { to: "/trainings", label: t("trainings.back") } }}>
          {(training) => <TrainingDetail training={training} onChange={reload} />}
        </ResourceView>
      </div>
      <EmptyChairPanel item={null} />
    </div>
  );
}

function TrainingDetail({ training, onChange }: { training: PresentedTraining; onChange(): void }) {
  const { t, language } = useI18n();
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const organiser = training.organiser === "secretariat" ? t("trainings.organiser.secretariat") : t(`country.${training.organiser}`);
  const cancel = async (registrationId: string) => {
    try {
      await cancelRegistration(training.id, registrationId);
      setMessage({ kind: "success", text: t("trainings.mine.cancelled") });
      onChange();
    } catch (failure) {
      setMessage({ kind: "error", text: problemMessage(toApiError(failure).problem, t, language) });
    }
  };
  return (
    <>
      <h1>{training.title}</h1>
      <TrainingStatusLine training={training} />
      {training.policies.update && (
        <p className="button-group">
          <Link to={`/trainings/${training.id}/edit`} className="button-secondary button-link-like">{t("trainings.edit")}</Link>
          <Link to={`/trainings/${training.id}/groups`} className="button-secondary button-link-like">{t("trainingGroups.link")}</Link>
        </p>
      )}
      {training.description && <p className="lead">{training.description}</p>}
      <dl className="summary-list">
        <dt>{t("trainings.when")}</dt>
        <dd>{training.days.map((d) => `${new Date(`${d.date}T12:00:00Z`).toLocaleDateString(language, { weekday: "long", day: "numeric", month: "long", year: "numeric" })} ${d.startTime}–${d.endTime}`).join("; ")}</dd>
        {training.place && (<><dt>{t("trainings.where")}</dt><dd>{training.place}</dd></>)}
        {training.videoUrl && (<><dt>{t("trainings.video")}</dt><dd><a href={training.videoUrl} rel="noreferrer">{training.videoUrl}</a></dd></>)}
        <dt>{t("trainings.languages")}</dt>
        <dd>{training.languages.map((code) => t(`language.${code}`)).join(", ")}{training.interpretation ? `, ${t("trainings.interpretation")}` : ""}</dd>
        <dt>{t("trainings.organiser")}</dt>
        <dd>{organiser}</dd>
        {training.audienceDisciplines.length > 0 && (<><dt>{t("trainings.audience")}</dt><dd>{training.audienceDisciplines.map((d) => t(`organisationType.${d}`)).join(", ")}</dd></>)}
        <dt>{t("trainings.perCountry")}</dt>
        <dd>{training.perCountry.map((c) => t("trainings.perCountryLine", { country: t(`country.${c.country}`), confirmed: c.confirmed, waiting: c.waiting })).join("; ")}</dd>
      </dl>

      <ProgrammeSection training={training} onChange={onChange} />

      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <MyGroupNotice trainingId={training.id} />
      {training.myRegistrations.length > 0 && (
        <section className="section" aria-labelledby="mine-title">
          <h2 id="mine-title">{t("trainings.mine.title")}</h2>
          <ul data-testid="my-registrations">
            {training.myRegistrations.map((registration) => (
              <li key={registration.id}>
                {registration.name}:{" "}
                <strong>{registration.status === "waiting" ? t("trainings.mine.waiting", { position: registration.waitingPosition ?? 0 }) : t("trainings.mine.confirmed")}</strong>{" "}
                <button type="button" className="button-secondary button-small" onClick={() => void cancel(registration.id)}>
                  {t("trainings.mine.cancel", { name: registration.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {training.policies.register ? (
        <RegistrationForm
          trainingId={training.id}
          onRegistered={(registration) => {
            setMessage({ kind: "success", text: registration.status === "waiting" ? t("trainings.registered.waiting") : t("trainings.registered.confirmed") });
            onChange();
          }}
        />
      ) : (
        training.status === "published" && <p>{t("trainings.register.closed")}</p>
      )}
      <AttachmentList target={{ kind: "training", id: training.id }} canUpload={training.policies.update} title={t("trainings.materials")} />
      <EvaluationSection training={training} />
      {training.policies.registrations && <OrganiserTools training={training} />}
    </>
  );
}
