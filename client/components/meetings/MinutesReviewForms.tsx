import { useEffect, useState } from "react";
import { MINUTES_REVIEW_LIMITS as L, type PresentedMinutesReview } from "../../../shared/minutesReview";
import { minutesCorrectionSchema, openMinutesReviewSchema, proposeAmendmentSchema } from "../../../shared/schemas/minutesReview";
import { ApiError } from "../../api/http";
import { correctMinutes, openMinutesReview, proposeAmendment } from "../../api/minutesReview";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { SubmitButton } from "../form/SubmitButton";
import { WrittenTextFindings } from "../form/WrittenTextFindings";
import { NumberInput, TextArea } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { meetingProblemMessage } from "./meetingProblems";

type Done = (review: PresentedMinutesReview) => void;

const TEXT_MESSAGES = { missing: "minutesReview.textMissing", tooLong: ["minutesReview.textTooLong", { max: L.amendmentTextMax }] } as const;

/** Open the minutes for review for some days (secretariat, chair). */
export function OpenReviewForm({ meetingId, onDone }: { meetingId: string; onDone: Done }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(openMinutesReviewSchema, { days: L.daysDefault });
  const range = { min: L.daysMin, max: L.daysMax };
  return (
    <Form form={form} idPrefix="minutes-review" describeProblem={(problem) => meetingProblemMessage(problem, t, language)} onSubmit={async (input) => onDone(await openMinutesReview(meetingId, input))}>
      <NumberInput name="days" label={t("minutesReview.days")} hint={t("minutesReview.daysHint", range)} messages={{ invalid: ["minutesReview.daysInvalid", range], missing: ["minutesReview.daysInvalid", range] }} />
      <SubmitButton>{t("minutesReview.open")}</SubmitButton>
    </Form>
  );
}

/**
 * An attendee proposes an amendment while the review is open: it becomes a comment thread on the
 * minutes. After a personal-data warning the button sends the same text anyway (as comments do).
 */
export function AmendmentForm({ meetingId, onDone }: { meetingId: string; onDone: Done }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(proposeAmendmentSchema, { text: "" });
  const [warned, setWarned] = useState(false);
  useEffect(() => {
    const subscription = form.watch(() => setWarned(false));
    return () => subscription.unsubscribe();
  }, [form]);
  return (
    <Form
      form={form}
      idPrefix="amendment"
      describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
      onSubmit={async (input) => {
        try {
          onDone(await proposeAmendment(meetingId, { ...input, confirmPersonalData: warned }));
        } catch (failure) {
          if (failure instanceof ApiError && failure.code === "personal_data_in_comment") setWarned(true);
          throw failure;
        }
        form.reset({ text: "" });
      }}
    >
      <TextArea name="text" label={t("minutesReview.proposeLabel")} hint={t("minutesReview.proposeHint")} messages={TEXT_MESSAGES} maxLength={L.amendmentTextMax} />
      <SubmitButton>{warned ? t("minutesReview.proposeAnyway") : t("minutesReview.propose")}</SubmitButton>
    </Form>
  );
}

/** After sign-off: a correction is a new numbered amendment (secretariat). */
export function CorrectionForm({ meetingId, onDone }: { meetingId: string; onDone: Done }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(minutesCorrectionSchema, { text: "", acknowledgedFindings: [] });
  return (
    <Form
      form={form}
      idPrefix="correction"
      describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
      onSubmit={async (input) => {
        onDone(await correctMinutes(meetingId, input));
        form.reset({ text: "", acknowledgedFindings: [] });
      }}
    >
      <TextArea name="text" label={t("minutesReview.correctLabel")} messages={TEXT_MESSAGES} maxLength={L.amendmentTextMax} />
      {/* A correction is part of the minutes: likely personal data is shown before the server refuses it. */}
      <WrittenTextFindings fields={["text"]} />
      <SubmitButton>{t("minutesReview.correct")}</SubmitButton>
    </Form>
  );
}
