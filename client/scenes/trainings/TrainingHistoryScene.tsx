import { Link } from "react-router";
import { NO_DISCIPLINE, type PresentedTrainingHistory } from "../../../shared/trainingEvaluation";
import { organisesTrainings } from "../../../shared/trainings";
import { FIGURES_CSV, getTrainingHistory } from "../../api/trainingOutcomes";
import { useResource } from "../../api/useResource";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";
import { useAccount } from "../../session/SessionProvider";

/** Past trainings: participants per country and discipline (counts, never names), the evaluation summary; the yearly figures for organisers. */
export function TrainingHistoryScene() {
  const { t } = useI18n();
  usePageTitle(t("trainingOutcomes.history.title"));
  const { resource, reload } = useResource(getTrainingHistory);
  const account = useAccount();
  return (
    <div className="page-full">
      <p><Link to="/trainings">{t("trainings.back")}</Link></p>
      <h1>{t("trainingOutcomes.history.title")}</h1>
      <p className="lead">{t("trainingOutcomes.history.intro")}</p>
      {organisesTrainings(account.role) && (
        <p className="button-group">
          <a className="button-secondary button-link-like" href={FIGURES_CSV} download>{t("trainingOutcomes.history.figures")}</a>
        </p>
      )}
      <ResourceView resource={resource} onRetry={reload} isEmpty={(list) => list.length === 0} empty={<p>{t("trainingOutcomes.history.empty")}</p>}>
        {(list) => (
          <ul className="card-list">
            {list.map((training) => <HistoryCard key={training.id} training={training} />)}
          </ul>
        )}
      </ResourceView>
    </div>
  );
}

function HistoryCard({ training }: { training: PresentedTrainingHistory }) {
  const { t, language } = useI18n();
  const headingId = `history-${training.id}`;
  const date = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString(language, { day: "numeric", month: "long", year: "numeric" });
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        <Link to={`/trainings/${training.id}`}>{training.title}</Link>
      </h2>
      <p>
        {training.days.map((d) => date(d.date)).join(", ")}
        {training.place ? ` · ${training.place}` : ""}
        {" · "}
        {plural(t, language, "trainingOutcomes.history.sessions", training.sessions)}
      </p>
      <p>
        {plural(t, language, "trainingOutcomes.history.participants", training.participants)}, {plural(t, language, "trainingOutcomes.history.attended", training.attended)}
      </p>
      <dl className="summary-list">
        <dt>{t("trainingOutcomes.history.perCountry")}</dt>
        <dd>{training.perCountry.map((c) => `${t(`country.${c.country}`)}: ${c.participants}`).join("; ")}</dd>
        <dt>{t("trainingOutcomes.history.perDiscipline")}</dt>
        <dd>
          {training.perDiscipline.length === 0
            ? "—"
            : training.perDiscipline.map((d) => `${d.discipline === NO_DISCIPLINE ? t("trainingOutcomes.history.noDiscipline") : t(`organisationType.${d.discipline as "police"}`)}: ${d.participants}`).join("; ")}
        </dd>
        <dt>{t("trainingOutcomes.history.evaluation")}</dt>
        <dd>
          {training.evaluation.responses === 0
            ? t("trainingOutcomes.history.noEvaluation")
            : training.evaluation.scales.map((s) => (s.mean === null ? t("trainingOutcomes.history.meanHidden", { prompt: s.prompt }) : t("trainingOutcomes.history.mean", { prompt: s.prompt, mean: s.mean.toLocaleString(language) }))).join("; ")}
        </dd>
      </dl>
    </li>
  );
}
