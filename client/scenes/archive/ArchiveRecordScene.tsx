import { useState } from "react";
import { Link, useParams } from "react-router";
import { MEETING_LIMITS, DECISION_OUTCOMES, type DecisionOutcome, type VictimNoteKind } from "../../../shared/meetings";
import { amendArchiveRecord, archiveRecord } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { ErrorSummary } from "../../components/form/ErrorSummary";
import { SelectField } from "../../components/form/SelectField";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useForm } from "../../components/form/useForm";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { Notice } from "../../components/Notice";
import { EmptyChairPanel } from "../../components/meetings/EmptyChairPanel";
import { TextAreaField } from "../../components/meetings/fields";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import "../../styles/meetings.css";

/** One archive record, citable by its number; the secretariat corrects it with an amendment. */
export function ArchiveRecordScene() {
  const { number = "" } = useParams();
  const { t, formatDateTime } = useI18n();
  const account = useAccount();
  const { resource, reload } = useResource(() => archiveRecord(number), number);
  usePageTitle(number);
  return (
    <div className="meeting-page page-full">
      <div className="meeting-main">
        <p><Link to="/archive" className="back-link">{t("archive.title")}</Link></p>
        {resource.status === "loading" && <Loading />}
        {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
        {resource.status === "ready" && (
          <>
            <h1>{resource.data.number}</h1>
            {resource.data.integrity === "broken" && <Notice kind="error" title={t("archive.integrityBrokenTitle")}>{t("archive.integrityBroken")}</Notice>}
            <dl className="summary-list">
              <div className="summary-row"><dt>{t("archive.meeting")}</dt><dd>{resource.data.meetingTitle}, {formatDateTime(resource.data.meetingDate, { dateStyle: "long" })}</dd></div>
              <div className="summary-row"><dt>{t("meetings.decision.item")}</dt><dd>{resource.data.itemTitle}</dd></div>
              <div className="summary-row"><dt>{t("meetings.decision.text")}</dt><dd>{resource.data.text}</dd></div>
              <div className="summary-row"><dt>{t("meetings.decision.outcome")}</dt><dd>{t(`meetings.outcome.${resource.data.outcome}`)}</dd></div>
              <div className="summary-row"><dt>{t(`meetings.noteKind.${resource.data.victimNote.kind}`)}</dt><dd>{resource.data.victimNote.text}</dd></div>
              <div className="summary-row"><dt>{t("archive.recordedBy")}</dt><dd>{resource.data.recordedBy}</dd></div>
              {resource.data.amends && <div className="summary-row"><dt>{t("archive.correction")}</dt><dd><Link to={`/archive/${resource.data.amends}`}>{t("archive.amends", { number: resource.data.amends })}</Link> — {resource.data.reason}</dd></div>}
              {resource.data.amendedBy.length > 0 && <div className="summary-row"><dt>{t("archive.correctedBy")}</dt><dd>{resource.data.amendedBy.map((n) => <Link key={n} to={`/archive/${n}`}>{n} </Link>)}</dd></div>}
              <div className="summary-row"><dt>{t("archive.hash")}</dt><dd><code>{resource.data.hash}</code></dd></div>
            </dl>
            {account.role === "secretariat" && <AmendForm number={resource.data.number} text={resource.data.text} onDone={reload} />}
          </>
        )}
      </div>
      <EmptyChairPanel item={null} compactByDefault />
    </div>
  );
}

function AmendForm({ number, text: original, onDone }: { number: string; text: string; onDone(): void }) {
  const { t, language } = useI18n();
  const [text, setText] = useState(original);
  const [outcome, setOutcome] = useState<DecisionOutcome>("adopted");
  const [kind, setKind] = useState<VictimNoteKind>("considered");
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const form = useForm();
  const submit = async () => {
    const ok = await form.submit({
      validate: () => ({
        ...(text.trim() ? {} : { "amend-text": t("meetings.decision.textMissing") }),
        ...(note.trim().length >= (kind === "considered" ? MEETING_LIMITS.victimNoteMin : MEETING_LIMITS.notApplicableReasonMin) ? {} : { "amend-note": t("meetings.problem.victimNoteRequired") }),
        ...(reason.trim() ? {} : { "amend-reason": t("archive.reasonMissing") }),
      }),
      action: async () => void (await amendArchiveRecord(number, { text: text.trim(), outcome, reason: reason.trim(), victimNote: { kind, text: note.trim() } })),
      onProblem: (problem) => ({ fields: {}, general: [meetingProblemMessage(problem, t, language)] }),
    });
    if (ok) onDone();
  };
  return (
    <section className="section" aria-labelledby="amend-title">
      <h2 id="amend-title">{t("archive.amendTitle")}</h2>
      <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
        <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
        <TextAreaField id="amend-text" label={t("meetings.decision.text")} value={text} onChange={setText} error={form.fieldError("amend-text")} maxLength={MEETING_LIMITS.decisionTextMax} />
        <SelectField id="amend-outcome" label={t("meetings.decision.outcome")} value={outcome} onChange={(v) => setOutcome(v as DecisionOutcome)} options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }))} />
        <SelectField id="amend-kind" label={t("meetings.decision.noteKind")} value={kind} onChange={(v) => setKind(v as VictimNoteKind)} options={[{ value: "considered", label: t("meetings.noteKind.considered") }, { value: "not_applicable", label: t("meetings.noteKind.not_applicable") }]} />
        <TextAreaField id="amend-note" label={kind === "considered" ? t("meetings.decision.noteLabel") : t("meetings.decision.reasonLabel")} value={note} onChange={setNote} error={form.fieldError("amend-note")} />
        <TextAreaField id="amend-reason" label={t("archive.reason")} value={reason} onChange={setReason} error={form.fieldError("amend-reason")} rows={2} />
        <SubmitButton busy={form.busy}>{t("archive.amend")}</SubmitButton>
      </form>
    </section>
  );
}
