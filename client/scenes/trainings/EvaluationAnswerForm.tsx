import { useFormContext } from "react-hook-form";
import { evaluationAnswerFormSchema } from "../../../shared/schemas/trainingEvaluation";
import { EVALUATION_LIMITS, type PresentedEvaluation } from "../../../shared/trainingEvaluation";
import { answerEvaluation } from "../../api/trainingOutcomes";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextArea } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

const SCALE = ["1", "2", "3", "4", "5"] as const;

/** The participant's evaluation: every question optional, answered once and anonymously. */
export function EvaluationAnswerForm({ evaluation, onAnswered }: { evaluation: PresentedEvaluation; onAnswered(): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(evaluationAnswerFormSchema, { answers: evaluation.questions.map((q) => ({ questionId: q.id, scale: "" as const, text: "" })) });
  return (
    <Form form={form} idPrefix="evaluation" onSubmit={async (input) => { await answerEvaluation(evaluation.trainingId, input); onAnswered(); }}>
      <p>{t("trainingOutcomes.evaluation.intro")}</p>
      {evaluation.questions.map((question, index) => (
        <div key={question.id}>
          <HiddenQuestionId index={index} />
          {question.kind === "scale" ? (
            <Select
              name={`answers.${index}.scale`}
              label={question.prompt}
              hint={t("trainingOutcomes.evaluation.scaleHint")}
              options={[{ value: "", label: t("trainingOutcomes.evaluation.noAnswer") }, ...SCALE.map((n) => ({ value: n, label: n }))]}
            />
          ) : (
            <TextArea name={`answers.${index}.text`} label={question.prompt} maxLength={EVALUATION_LIMITS.textAnswerMax} rows={3} />
          )}
        </div>
      ))}
      <SubmitButton>{t("trainingOutcomes.evaluation.submit")}</SubmitButton>
    </Form>
  );
}

/** Keeps each row's question id in the form (shouldUnregister drops values without a field). */
function HiddenQuestionId({ index }: { index: number }) {
  const { register } = useFormContext();
  return <input type="hidden" {...register(`answers.${index}.questionId`)} />;
}
