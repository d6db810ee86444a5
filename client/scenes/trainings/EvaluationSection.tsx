import { useState } from "react";
import type { PresentedTraining } from "../../../shared/trainingTypes";
import { getEvaluation, trainingDownloads } from "../../api/trainingOutcomes";
import { useResource } from "../../api/useResource";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { useI18n } from "../../i18n/I18nProvider";
import { EvaluationAnswerForm } from "./EvaluationAnswerForm";
import { EvaluationEditor } from "./EvaluationEditor";

/** The evaluation on a training page: the form for participants, its questions and the report for organisers. */
export function EvaluationSection({ training }: { training: PresentedTraining }) {
  const { t, language } = useI18n();
  const { resource, reload } = useResource(() => getEvaluation(training.id), training.id);
  const [notice, setNotice] = useState<string | null>(null);
  if (resource.status === "ready" && !resource.data.policies.configure && !resource.data.mayAnswer && !resource.data.answered) return null;
  return (
    <section className="section" aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t("trainingOutcomes.evaluation.title")}</h2>
      {notice && <Notice kind="success">{notice}</Notice>}
      <ResourceView resource={resource} onRetry={reload}>
        {(evaluation) => (
          <>
            {evaluation.mayAnswer && <EvaluationAnswerForm evaluation={evaluation} onAnswered={() => { setNotice(t("trainingOutcomes.evaluation.thanks")); reload(); }} />}
            {!evaluation.mayAnswer && evaluation.answered && !notice && <p>{t("trainingOutcomes.evaluation.answered")}</p>}
            {evaluation.policies.configure && (
              <>
                <h3>{t("trainingOutcomes.edit.title")}</h3>
                <EvaluationEditor evaluation={evaluation} onSaved={() => { setNotice(t("trainingOutcomes.edit.saved")); reload(); }} />
              </>
            )}
            {evaluation.policies.results && (
              <p>
                <a className="button-secondary button-link-like" href={trainingDownloads(training.id, language).evaluationReport} download>{t("trainingOutcomes.edit.report")}</a>
              </p>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}
