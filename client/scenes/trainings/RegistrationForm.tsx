import { useWatch } from "react-hook-form";
import { DISCIPLINES } from "../../../shared/directory";
import { registrationInputSchema } from "../../../shared/schemas/trainings";
import type { PresentedRegistration } from "../../../shared/trainingTypes";
import { TRAINING_COUNTRIES, TRAINING_LIMITS } from "../../../shared/trainings";
import { registerForTraining } from "../../api/trainings";
import { Checkbox } from "../../components/form/Checkbox";
import { Form } from "../../components/form/Form";
import { LanguageSelect } from "../../components/form/LanguageSelect";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextArea, TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

/** Registers oneself, or a colleague without an account (then the name is asked). */
export function RegistrationForm({ trainingId, onRegistered }: { trainingId: string; onRegistered(registration: PresentedRegistration): void }) {
  const { t, language } = useI18n();
  const defaults = { forColleague: false, name: "", organisation: "", country: "BE" as const, language, needs: "" };
  const form = useSchemaForm(registrationInputSchema, defaults);
  const forColleague = useWatch({ control: form.control, name: "forColleague" });
  return (
    <section className="section" aria-labelledby="register-title">
      <h2 id="register-title">{t("trainings.register.title")}</h2>
      <Form
        form={form}
        idPrefix="registration"
        onSubmit={async (input) => {
          onRegistered(await registerForTraining(trainingId, input));
          form.reset(defaults);
        }}
      >
        <Checkbox name="forColleague" label={t("trainings.register.forColleague")} />
        {forColleague && <TextInput name="name" label={t("trainings.register.name")} maxLength={TRAINING_LIMITS.nameMax} autoComplete="off" />}
        {forColleague && <TextInput name="organisation" label={t("trainings.register.organisation")} maxLength={TRAINING_LIMITS.organisationMax} />}
        <Select name="country" label={t("trainings.register.country")} options={TRAINING_COUNTRIES.map((code) => ({ value: code, label: t(`country.${code}`) }))} />
        <Select name="discipline" label={t("trainings.register.discipline")} placeholder="—" emptyAs="absent" options={DISCIPLINES.map((code) => ({ value: code, label: t(`organisationType.${code}`) }))} />
        <LanguageSelect label={t("trainings.register.language")} />
        <TextArea name="needs" label={t("trainings.register.needs")} maxLength={TRAINING_LIMITS.needsMax} rows={2} />
        <SubmitButton>{t("trainings.register.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
