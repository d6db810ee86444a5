import { MEETING_LIMITS } from "../../../shared/meetings";
import { programmeSessionFormSchema, type ProgrammeSessionForm as Values } from "../../../shared/schemas/trainingProgramme";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { NumberInput, TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

/** Adds a session or changes one: title, speaker, duration. */
export function ProgrammeSessionForm({ idPrefix, initial, submitLabel, onSubmit }: { idPrefix: string; initial?: Values; submitLabel: string; onSubmit(values: Values): Promise<void> }) {
  const { t } = useI18n();
  const blank: Values = { title: "", presenter: "", plannedMinutes: 60 };
  const form = useSchemaForm(programmeSessionFormSchema, initial ?? blank);
  return (
    <Form
      form={form}
      idPrefix={idPrefix}
      className="programme-session-form"
      onSubmit={async (values) => {
        await onSubmit(values);
        if (!initial) form.reset(blank);
      }}
    >
      <TextInput name="title" label={t("programme.field.title")} maxLength={MEETING_LIMITS.itemTitleMax} />
      <TextInput name="presenter" label={t("programme.field.speaker")} maxLength={MEETING_LIMITS.presenterMax} />
      <NumberInput name="plannedMinutes" label={t("programme.field.minutes")} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
