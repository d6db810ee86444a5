import { useFieldArray, useFormContext } from "react-hook-form";
import { Navigate, useNavigate, useParams } from "react-router";
import { instantToBrusselsLocal } from "../../../shared/brusselsTime";
import { DISCIPLINES } from "../../../shared/directory";
import { LANGUAGES } from "../../../shared/languages";
import { trainingFormSchema } from "../../../shared/schemas/trainingForms";
import type { PresentedTraining } from "../../../shared/trainingTypes";
import { organisesTrainings, TRAINING_COUNTRIES, TRAINING_LIMITS, TRAINING_ORGANISERS } from "../../../shared/trainings";
import { createTraining, getTraining, updateTraining } from "../../api/trainings";
import { useResource } from "../../api/useResource";
import { Checkbox, CheckboxGroup } from "../../components/form/Checkbox";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { NumberInput, TextArea, TextInput } from "../../components/form/TextInput";
import { DateInput } from "../../components/form/DateInput";
import { TimeInput } from "../../components/form/TimeInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";

/** Announce a training (/trainings/new) or change one (/trainings/:id/edit): for its organisers. */
export function TrainingFormScene() {
  const { id } = useParams();
  const { t } = useI18n();
  const account = useAccount();
  const title = id ? t("trainings.form.editTitle") : t("trainings.form.createTitle");
  usePageTitle(title);
  const { resource, reload } = useResource(() => (id ? getTraining(id) : Promise.resolve(null)), id ?? "new");
  if (!organisesTrainings(account.role)) return <Navigate to={id ? `/trainings/${id}` : "/trainings"} replace />;
  return (
    <div className="page">
      <h1>{title}</h1>
      <ResourceView resource={resource} onRetry={reload} notFound={{ title: t("trainings.notFound"), back: { to: "/trainings", label: t("trainings.back") } }}>
        {(training) => <TrainingForm training={training} />}
      </ResourceView>
    </div>
  );
}

const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

function TrainingForm({ training }: { training: PresentedTraining | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const deadline = training ? instantToBrusselsLocal(training.registrationDeadline) : "";
  const seatsOf = (country: (typeof TRAINING_COUNTRIES)[number]) => training?.capacityPerCountry.find((c) => c.country === country)?.seats;
  const form = useSchemaForm(trainingFormSchema, {
    title: training?.title ?? "",
    description: training?.description ?? "",
    audienceDisciplines: training?.audienceDisciplines ?? [],
    audienceCountries: training?.audienceCountries ?? [],
    days: training?.days ?? [{ date: nextMonth(), startTime: "09:30", endTime: "16:30" }],
    place: training?.place ?? "",
    videoUrl: training?.videoUrl ?? "",
    languages: training?.languages ?? ["nl", "fr"],
    interpretation: training?.interpretation ?? false,
    capacity: training?.capacity ?? 30,
    seats: { BE: seatsOf("BE"), NL: seatsOf("NL"), LU: seatsOf("LU") },
    deadlineDate: deadline.slice(0, 10),
    deadlineTime: deadline.slice(11, 16) || "23:59",
    organiser: training?.organiser ?? "secretariat",
    status: training?.status ?? "draft",
  });
  const statuses = training ? (["draft", "published", "cancelled"] as const) : (["draft", "published"] as const);

  return (
    <Form
      form={form}
      idPrefix="training"
      serverFields={{ registrationDeadline: "deadlineDate", capacityPerCountry: "seats.BE" }}
      onSubmit={async (input) => {
        const saved = training ? await updateTraining(training.id, input) : await createTraining(input);
        await navigate(`/trainings/${saved.id}`);
      }}
    >
      <TextInput name="title" label={t("trainings.form.title")} maxLength={TRAINING_LIMITS.titleMax} />
      <TextArea name="description" label={t("trainings.form.description")} maxLength={TRAINING_LIMITS.descriptionMax} rows={4} />
      <CheckboxGroup name="audienceDisciplines" legend={t("trainings.form.disciplines")} hint={t("trainings.form.audienceHint")} choices={DISCIPLINES.map((code) => ({ value: code, label: t(`organisationType.${code}`) }))} />
      <CheckboxGroup name="audienceCountries" legend={t("trainings.form.countries")} hint={t("trainings.form.audienceHint")} choices={TRAINING_COUNTRIES.map((code) => ({ value: code, label: t(`country.${code}`) }))} />
      <TrainingDays />
      <TextInput name="place" label={t("trainings.form.place")} maxLength={TRAINING_LIMITS.placeMax} />
      <TextInput name="videoUrl" label={t("trainings.form.video")} hint={t("trainings.form.videoHint")} type="url" messages={{ invalid: "trainings.form.videoInvalid" }} maxLength={TRAINING_LIMITS.urlMax} />
      <CheckboxGroup name="languages" legend={t("trainings.form.languages")} choices={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))} />
      <Checkbox name="interpretation" label={t("trainings.form.interpretation")} />
      <NumberInput name="capacity" label={t("trainings.form.capacity")} messages={{ invalid: ["trainings.form.capacityInvalid", { max: TRAINING_LIMITS.capacityMax }], missing: ["trainings.form.capacityInvalid", { max: TRAINING_LIMITS.capacityMax }] }} />
      <fieldset className="fieldset">
        <legend className="fieldset-legend-medium">{t("trainings.form.perCountry")}</legend>
        <div className="field-hint">{t("trainings.form.perCountryHint")}</div>
        {TRAINING_COUNTRIES.map((code) => (
          <NumberInput key={code} name={`seats.${code}`} label={t("trainings.form.seatsFor", { country: t(`country.${code}`) })} messages={{ invalid: ["trainings.form.capacityInvalid", { max: TRAINING_LIMITS.capacityMax }] }} />
        ))}
      </fieldset>
      <DateInput name="deadlineDate" label={t("trainings.form.deadlineDate")} hint={t("trainings.form.brusselsHint")} />
      <TimeInput name="deadlineTime" label={t("trainings.form.deadlineTime")} />
      <Select name="organiser" label={t("trainings.form.organiser")} options={TRAINING_ORGANISERS.map((code) => ({ value: code, label: code === "secretariat" ? t("trainings.form.secretariat") : t(`country.${code}`) }))} />
      <Select name="status" label={t("trainings.form.status")} hint={t("trainings.form.statusHint")} options={statuses.map((status) => ({ value: status, label: t(`trainings.form.status.${status}`) }))} />
      <SubmitButton>{training ? t("trainings.form.save") : t("trainings.form.create")}</SubmitButton>
    </Form>
  );
}

/** One or more days, each with its times; one can be added or taken away. */
function TrainingDays() {
  const { t } = useI18n();
  const { control } = useFormContext();
  const days = useFieldArray({ control, name: "days" });
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend-medium">{t("trainings.form.days")}</legend>
      {days.fields.map((day, index) => (
        <fieldset key={day.id} className="fieldset" data-testid="training-day">
          <legend className="fieldset-legend-small">{t("trainings.form.day", { number: index + 1 })}</legend>
          <DateInput name={`days.${index}.date`} label={t("trainings.form.date")} />
          <TimeInput name={`days.${index}.startTime`} label={t("trainings.form.startTime")} />
          <TimeInput name={`days.${index}.endTime`} label={t("trainings.form.endTime")} messages={{ invalid: "trainings.form.endBeforeStart" }} />
          {days.fields.length > 1 && (
            <button type="button" className="button-secondary button-small" onClick={() => days.remove(index)}>
              {t("trainings.form.removeDay", { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {days.fields.length < TRAINING_LIMITS.daysMax && (
        <button type="button" className="button-secondary button-small" onClick={() => days.append({ date: "", startTime: "09:30", endTime: "16:30" })}>
          {t("trainings.form.addDay")}
        </button>
      )}
    </fieldset>
  );
}
