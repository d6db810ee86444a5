import { useNavigate, useParams } from "react-router";
import { instantToBrusselsLocal } from "../../../shared/brusselsTime";
import { LANGUAGES } from "../../../shared/languages";
import type { PresentedMeeting, PresentedParticipant } from "../../../shared/meetingTypes";
import { MEETING_LIMITS } from "../../../shared/meetings";
import { meetingFormSchema } from "../../../shared/schemas/meetingForms";
import { createMeeting, getMeeting, participantOptions, updateMeeting } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { CheckboxGroup } from "../../components/form/Checkbox";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { NumberInput, TextInput } from "../../components/form/TextInput";
import { DateInput } from "../../components/form/DateInput";
import { TimeInput } from "../../components/form/TimeInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";

const DURATION = ["meetings.form.durationInvalid", { min: MEETING_LIMITS.durationMinMinutes, max: MEETING_LIMITS.durationMaxMinutes }] as const;
const DURATION_MESSAGES = { invalid: DURATION, missing: DURATION };

/** Create a meeting, or change one (/meetings/:id/edit). Times are Brussels time, whatever the device says. */
export function MeetingFormScene() {
  const { id } = useParams();
  const { t } = useI18n();
  usePageTitle(id ? t("meetings.form.editTitle") : t("meetings.form.createTitle"));
  const { resource, reload } = useResource(() => Promise.all([participantOptions(), id ? getMeeting(id) : Promise.resolve(null)]), id ?? "new");
  return (
    <div className="page">
      <h1>{id ? t("meetings.form.editTitle") : t("meetings.form.createTitle")}</h1>
      <ResourceView resource={resource} onRetry={reload} notFound={{ title: t("meetings.notFoundTitle"), body: t("meetings.notFoundBody"), back: { to: "/meetings", label: t("meetings.backToList") } }}>
        {([people, meeting]) => <MeetingForm people={people} meeting={meeting} />}
      </ResourceView>
    </div>
  );
}

function MeetingForm({ people, meeting }: { people: PresentedParticipant[]; meeting: PresentedMeeting | null }) {
  const { t, language: uiLanguage } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const start = meeting ? instantToBrusselsLocal(meeting.startsAt) : "";
  const editableStatus = !meeting || meeting.status === "draft" || meeting.status === "scheduled";
  const form = useSchemaForm(meetingFormSchema, {
    title: meeting?.title ?? "",
    date: start.slice(0, 10),
    time: start.slice(11, 16) || "10:00",
    durationMinutes: meeting?.durationMinutes ?? 120,
    place: meeting?.place ?? "",
    videoUrl: meeting?.videoUrl ?? "",
    language: meeting?.language ?? uiLanguage,
    status: meeting?.status === "draft" ? "draft" : "scheduled",
    participantIds: meeting?.participants.map((p) => p.id) ?? [account.id],
  });

  return (
    <Form
      form={form}
      idPrefix="meeting"
      serverFields={{ startsAt: "date" }}
      describeProblem={(problem) => meetingProblemMessage(problem, t, uiLanguage)}
      onSubmit={async (input) => {
        const saved = meeting ? await updateMeeting(meeting.id, input) : await createMeeting(input);
        await navigate(`/meetings/${saved.id}`);
      }}
    >
      <TextInput name="title" label={t("meetings.field.title")} messages={{ missing: "meetings.field.titleMissing" }} maxLength={MEETING_LIMITS.titleMax} />
      <DateInput name="date" label={t("meetings.form.date")} hint={t("meetings.form.brusselsHint")} messages={{ missing: "meetings.form.dateMissing" }} />
      <TimeInput name="time" label={t("meetings.form.time")} messages={{ missing: "meetings.form.timeMissing", invalid: "meetings.form.timeMissing" }} />
      <NumberInput name="durationMinutes" label={t("meetings.form.duration")} messages={DURATION_MESSAGES} />
      <TextInput name="place" label={t("meetings.field.place")} maxLength={MEETING_LIMITS.placeMax} />
      <TextInput name="videoUrl" label={t("meetings.form.video")} hint={t("meetings.form.videoHint")} type="url" messages={{ invalid: "meetings.form.videoInvalid" }} maxLength={MEETING_LIMITS.urlMax} />
      <Select name="language" label={t("meetings.form.language")} options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`), lang: code }))} />
      {editableStatus && (
        <Select
          name="status"
          label={t("meetings.form.status")}
          hint={t("meetings.form.statusHint")}
          options={[
            { value: "scheduled", label: t("meetings.status.scheduled") },
            { value: "draft", label: t("meetings.status.draft") },
          ]}
        />
      )}
      <CheckboxGroup
        name="participantIds"
        legend={t("meetings.form.participants")}
        hint={t("meetings.form.participantsHint")}
        choices={people.map((person) => ({
          value: person.id,
          label: (
            <>
              {person.name} <span className="meta">{[t(`role.${person.role}`), person.organisation, person.country ? t(`country.${person.country}`) : null].filter(Boolean).join(" · ")}</span>
            </>
          ),
        }))}
      />
      <SubmitButton>{meeting ? t("meetings.form.save") : t("meetings.form.create")}</SubmitButton>
    </Form>
  );
}
