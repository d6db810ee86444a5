import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { brusselsLocalToInstant, instantToBrusselsLocal } from "../../../shared/brusselsTime";
import { LANGUAGES, type Language } from "../../../shared/languages";
import type { PresentedMeeting, PresentedParticipant } from "../../../shared/meetingTypes";
import { MEETING_LIMITS } from "../../../shared/meetings";
import { createMeeting, getMeeting, participantOptions, updateMeeting } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { ErrorSummary } from "../../components/form/ErrorSummary";
import { SelectField } from "../../components/form/SelectField";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextField } from "../../components/form/TextField";
import { useForm } from "../../components/form/useForm";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";

const ids = { title: "meeting-title", date: "meeting-date", time: "meeting-time", duration: "meeting-duration", place: "meeting-place", video: "meeting-video", language: "meeting-language", status: "meeting-status", people: "meeting-people" };

/** Create a meeting, or change one (/meetings/:id/edit). Times are Brussels time, whatever the device says. */
export function MeetingFormScene() {
  const { id } = useParams();
  const { t } = useI18n();
  usePageTitle(id ? t("meetings.form.editTitle") : t("meetings.form.createTitle"));
  const { resource, reload } = useResource(() => Promise.all([participantOptions(), id ? getMeeting(id) : Promise.resolve(null)]), id ?? "new");
  return (
    <div className="page">
      <h1>{id ? t("meetings.form.editTitle") : t("meetings.form.createTitle")}</h1>
      {resource.status === "loading" && <Loading />}
      {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
      {resource.status === "ready" && <MeetingForm people={resource.data[0]} meeting={resource.data[1]} />}
    </div>
  );
}

function MeetingForm({ people, meeting }: { people: PresentedParticipant[]; meeting: PresentedMeeting | null }) {
  const { t, language: uiLanguage } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const start = meeting ? instantToBrusselsLocal(meeting.startsAt) : "";
  const [title, setTitle] = useState(meeting?.title ?? "");
  const [date, setDate] = useState(start.slice(0, 10));
  const [time, setTime] = useState(start.slice(11, 16) || "10:00");
  const [duration, setDuration] = useState(String(meeting?.durationMinutes ?? 120));
  const [place, setPlace] = useState(meeting?.place ?? "");
  const [video, setVideo] = useState(meeting?.videoUrl ?? "");
  const [language, setLanguage] = useState<Language>(meeting?.language ?? uiLanguage);
  const [status, setStatus] = useState<"draft" | "scheduled">(meeting?.status === "draft" ? "draft" : "scheduled");
  const [chosen, setChosen] = useState<string[]>(meeting?.participants.map((p) => p.id) ?? [account.id]);
  const form = useForm();
  const editableStatus = !meeting || meeting.status === "draft" || meeting.status === "scheduled";

  const submit = () =>
    form.submit({
      validate: () => {
        const errors: Record<string, string> = {};
        if (!title.trim()) errors[ids.title] = t("meetings.field.titleMissing");
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors[ids.date] = t("meetings.form.dateMissing");
        if (!/^\d{2}:\d{2}$/.test(time)) errors[ids.time] = t("meetings.form.timeMissing");
        const minutes = Number(duration);
        if (!/^\d+$/.test(duration) || minutes < MEETING_LIMITS.durationMinMinutes || minutes > MEETING_LIMITS.durationMaxMinutes) errors[ids.duration] = t("meetings.form.durationInvalid", { min: MEETING_LIMITS.durationMinMinutes, max: MEETING_LIMITS.durationMaxMinutes });
        if (video && !/^https:\/\/\S+$/i.test(video.trim())) errors[ids.video] = t("meetings.form.videoInvalid");
        return errors;
      },
      action: async () => {
        const input = {
          title: title.trim(),
          startsAt: brusselsLocalToInstant(`${date}T${time}`).toISOString(),
          durationMinutes: Number(duration),
          place: place.trim(),
          videoUrl: video.trim(),
          language,
          participantIds: chosen,
          ...(editableStatus ? { status } : {}),
        };
        const saved = meeting ? await updateMeeting(meeting.id, input) : await createMeeting(input);
        navigate(`/meetings/${saved.id}`);
      },
      fields: { title: ids.title, startsAt: ids.date, durationMinutes: ids.duration, place: ids.place, videoUrl: ids.video, participantIds: ids.people },
      onProblem: (problem) => (problem.code === "validation_failed" ? undefined : { fields: {}, general: [meetingProblemMessage(problem, t, uiLanguage)] }),
    });

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <TextField id={ids.title} label={t("meetings.field.title")} value={title} onChange={setTitle} error={form.fieldError(ids.title)} maxLength={MEETING_LIMITS.titleMax} />
      <TextField id={ids.date} label={t("meetings.form.date")} hint={t("meetings.form.brusselsHint")} type="date" value={date} onChange={setDate} error={form.fieldError(ids.date)} width="10" />
      <TextField id={ids.time} label={t("meetings.form.time")} type="time" value={time} onChange={setTime} error={form.fieldError(ids.time)} width="10" />
      <TextField id={ids.duration} label={t("meetings.form.duration")} inputMode="numeric" value={duration} onChange={setDuration} error={form.fieldError(ids.duration)} width="10" />
      <TextField id={ids.place} label={t("meetings.field.place")} value={place} onChange={setPlace} error={form.fieldError(ids.place)} maxLength={MEETING_LIMITS.placeMax} />
      <TextField id={ids.video} label={t("meetings.form.video")} hint={t("meetings.form.videoHint")} type="url" value={video} onChange={setVideo} error={form.fieldError(ids.video)} />
      <SelectField id={ids.language} label={t("meetings.form.language")} value={language} onChange={(v) => setLanguage(v as Language)} options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`), lang: code }))} />
      {editableStatus && (
        <SelectField id={ids.status} label={t("meetings.form.status")} hint={t("meetings.form.statusHint")} value={status} onChange={(v) => setStatus(v as "draft" | "scheduled")} options={[{ value: "scheduled", label: t("meetings.status.scheduled") }, { value: "draft", label: t("meetings.status.draft") }]} />
      )}
      <fieldset className="fieldset" id={ids.people} tabIndex={-1}>
        <legend className="fieldset-legend">{t("meetings.form.participants")}</legend>
        <p className="field-hint">{t("meetings.form.participantsHint")}</p>
        <div className="people-options">
          {people.map((person) => (
            <div className="tag-option" key={person.id}>
              <input id={`person-${person.id}`} type="checkbox" className="checkbox-input" checked={chosen.includes(person.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, person.id] : chosen.filter((c) => c !== person.id))} />
              <label htmlFor={`person-${person.id}`}>
                {person.name} <span className="meta">{[t(`role.${person.role}`), person.organisation, person.country ? t(`country.${person.country}`) : null].filter(Boolean).join(" · ")}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <SubmitButton busy={form.busy}>{meeting ? t("meetings.form.save") : t("meetings.form.create")}</SubmitButton>
    </form>
  );
}
