import { Link } from "react-router";
import type { PresentedTrainingSummary } from "../../../shared/trainingTypes";
import { organisesTrainings } from "../../../shared/trainings";
import { listTrainings } from "../../api/trainings";
import { useResource } from "../../api/useResource";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import { TrainingStatusLine } from "./TrainingStatusLine";

/** Upcoming trainings first (soonest first), then past ones (latest first). */
export function TrainingsScene() {
  const { t } = useI18n();
  usePageTitle(t("trainings.title"));
  const { resource, reload } = useResource(listTrainings);
  const account = useAccount();
  const today = new Date().toISOString().slice(0, 10);
  const lastDay = (training: PresentedTrainingSummary) => training.days.at(-1)?.date ?? "";
  return (
    <div className="page-full">
      <h1>{t("trainings.title")}</h1>
      <p className="lead">{t("trainings.intro")}</p>
      <p><Link to="/trainings/history">{t("trainingOutcomes.history.link")}</Link></p>
      {organisesTrainings(account.role) && (
        <p className="button-group">
          <Link to="/trainings/new" className="button-primary button-link-like">{t("trainings.create")}</Link>
        </p>
      )}
      <ResourceView resource={resource} onRetry={reload} isEmpty={(list) => list.length === 0} empty={<p>{t("trainings.empty")}</p>}>
        {(list) => {
          const upcoming = list.filter((training) => lastDay(training) >= today).reverse();
          const past = list.filter((training) => lastDay(training) < today);
          return (
            <>
              {[
                { key: "upcoming", title: t("trainings.upcoming"), items: upcoming },
                { key: "past", title: t("trainings.past"), items: past },
              ]
                .filter((group) => group.items.length > 0)
                .map((group) => (
                  <section key={group.key} className="section" aria-labelledby={`trainings-${group.key}`}>
                    <h2 id={`trainings-${group.key}`}>{group.title}</h2>
                    <ul className="card-list">
                      {group.items.map((training) => (
                        <li key={training.id} className="card">
                          <h3>
                            <Link to={`/trainings/${training.id}`}>{training.title}</Link>
                          </h3>
                          <TrainingStatusLine training={training} />
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
            </>
          );
        }}
      </ResourceView>
    </div>
  );
}
