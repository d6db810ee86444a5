import { useFieldArray, useFormContext } from "react-hook-form";
import { evaluationConfigSchema } from "../../../shared/schemas/trainingEvaluation";
import { EVALUATION_LIMITS, EVALUATION_QUESTION_KINDS, EVALUATION_STATUSES, type PresentedEvaluation } from "../../../shared/trainingEvaluation";
import { configureEvaluation } from "../../api/trainingOutcomes";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";

/** The organisers' evaluation form: questions (scale or free text), open or closed; fixed once answered. */
export function EvaluationEditor({ evaluation, onSaved }: { evaluation: PresentedEvaluation; onSaved(saved: PresentedEvaluation): void }) {
  const { t, language } = useI18n();
  const starters = [
    { kind: "scale" as const, prompt: t("trainingOutcomes.default.useful") },
    { kind: "scale" as const, prompt: t("trainingOutcomes.default.organised") },
    { kind: "text" as const, prompt: t("trainingOutcomes.default.change") },
  ];
  const form = useSchemaForm(evaluationConfigSchema, { questions: evaluation.questions.length > 0 ? evaluation.questions : starters, status: evaluation.status });
  const locked = (evaluation.responses ?? 0) > 0;
  return (
    <Form form={form} idPrefix="evaluation-config" onSubmit={async (input) => onSaved(await configureEvaluation(evaluation.trainingId, input))}>
      <p>{plural(t, language, "trainingOutcomes.edit.responses", evaluation.responses ?? 0)}</p>
      {locked && <p className="field-hint">{t("trainingOutcomes.edit.locked")}</p>}
      <Questions locked={locked} />
      <Select name="status" label={t("trainingOutcomes.edit.status")} options={EVALUATION_STATUSES.map((s) => ({ value: s, label: t(`trainingOutcomes.edit.status.${s}`) }))} />
      <SubmitButton>{t("trainingOutcomes.edit.save")}</SubmitButton>
    </Form>
  );
}

function Questions({ locked }: { locked: boolean }) {
  const { t } = useI18n();
  const { control, register } = useFormContext();
  const questions = useFieldArray({ control, name: "questions" });
  return (
    <>
      {questions.fields.map((question, index) => (
        <fieldset key={question.id} className="fieldset" data-testid="evaluation-question">
          <legend className="fieldset-legend-small">{t("trainingOutcomes.edit.question", { number: index + 1 })}</legend>
          <input type="hidden" {...register(`questions.${index}.id`, { setValueAs: (value: string) => value || undefined })} />
          <Select name={`questions.${index}.kind`} label={t("trainingOutcomes.edit.kind")} options={EVALUATION_QUESTION_KINDS.map((k) => ({ value: k, label: t(`trainingOutcomes.edit.kind.${k}`) }))} />
          <TextInput name={`questions.${index}.prompt`} label={t("trainingOutcomes.edit.prompt")} maxLength={EVALUATION_LIMITS.promptMax} readOnly={locked} />
          {!locked && questions.fields.length > 1 && (
            <button type="button" className="button-secondary button-small" onClick={() => questions.remove(index)}>
              {t("trainingOutcomes.edit.remove", { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && questions.fields.length < EVALUATION_LIMITS.questionsMax && (
        <button type="button" className="button-secondary button-small" onClick={() => questions.append({ kind: "scale", prompt: "" })}>
          {t("trainingOutcomes.edit.add")}
        </button>
      )}
    </>
  );
}
