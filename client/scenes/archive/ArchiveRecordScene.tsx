import { Link, useParams } from "react-router";
import { DECISION_OUTCOMES, MEETING_LIMITS } from "../../../shared/meetings";
import { amendmentFormSchema } from "../../../shared/schemas/meetingForms";
import { amendArchiveRecord, archiveRecord } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { TextArea } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { EmptyChairPanel } from "../../components/meetings/EmptyChairPanel";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { VictimNoteFields } from "../../components/meetings/VictimNoteFields";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
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
        <p>
          <Link to="/archive" className="back-link">
            {t("archive.title")}
          </Link>
        </p>
        <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("archive.notFoundTitle", { number }), body: t("archive.notFoundBody"), back: { to: "/archive", label: t("archive.backToArchive") } }}>
          {(record) => (
            <>
              <h1>{record.number}</h1>
              {record.integrity === "broken" && (
                <Notice kind="error" title={t("archive.integrityBrokenTitle")}>
                  {t("archive.integrityBroken")}
                </Notice>
              )}
              <dl className="summary-list">
                <div className="summary-row"><dt>{t("archive.meeting")}</dt><dd>{record.meetingTitle}, {formatDateTime(record.meetingDate, { dateStyle: "long" })}</dd></div>
                {record.minutes && (
                  <div className="summary-row">
                    <dt>{t("minutesReview.archiveLink")}</dt>
                    <dd>
                      <Link to={`/documents/${encodeURIComponent(record.minutes.documentId)}`} data-testid="archive-minutes-link">{t("minutesReview.openDocument")}</Link>{" "}
                      ({t("minutesReview.archiveSigned", { date: formatDateTime(record.minutes.signedAt, { dateStyle: "long" }) })})
                    </dd>
                  </div>
                )}
                <div className="summary-row"><dt>{t("meetings.decision.item")}</dt><dd>{record.itemTitle}</dd></div>
                <div className="summary-row"><dt>{t("meetings.decision.text")}</dt><dd>{record.text}</dd></div>
                <div className="summary-row"><dt>{t("meetings.decision.outcome")}</dt><dd>{t(`meetings.outcome.${record.outcome}`)}</dd></div>
                <div className="summary-row" data-testid="archive-method"><dt>{t("meetings.decision.method")}</dt><dd>{record.method === "vote" && record.votes ? t("meetings.decision.voteSummary", { for: record.votes.for, against: record.votes.against, abstain: record.votes.abstain }) : t(`meetings.method.${record.method}`)}</dd></div>
                <div className="summary-row"><dt>{t(`meetings.noteKind.${record.victimNote.kind}`)}</dt><dd>{record.victimNote.text}</dd></div>
                <div className="summary-row"><dt>{t("archive.recordedBy")}</dt><dd>{record.recordedBy}</dd></div>
                {record.amends && <div className="summary-row"><dt>{t("archive.correction")}</dt><dd><Link to={`/archive/${record.amends}`}>{t("archive.amends", { number: record.amends })}</Link> — {record.reason}</dd></div>}
                {record.amendedBy.length > 0 && <div className="summary-row"><dt>{t("archive.correctedBy")}</dt><dd>{record.amendedBy.map((n) => <Link key={n} to={`/archive/${n}`}>{n} </Link>)}</dd></div>}
                <div className="summary-row"><dt>{t("archive.hash")}</dt><dd><code>{record.hash}</code></dd></div>
              </dl>
              {account.role === "secretariat" && <AmendForm number={record.number} text={record.text} onDone={reload} />}
            </>
          )}
        </ResourceView>
      </div>
      <EmptyChairPanel item={null} compactByDefault />
    </div>
  );
}

function AmendForm({ number, text, onDone }: { number: string; text: string; onDone(): void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(amendmentFormSchema, { text, outcome: "adopted", victimNote: { kind: "considered", text: "" }, reason: "", acknowledgedFindings: [] });
  return (
    <section className="section" aria-labelledby="amend-title">
      <h2 id="amend-title">{t("archive.amendTitle")}</h2>
      <Form
        form={form}
        idPrefix="amend"
        describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
        onSubmit={async (input) => {
          await amendArchiveRecord(number, input);
          onDone();
        }}
      >
        <TextArea name="text" label={t("meetings.decision.text")} messages={{ missing: "meetings.decision.textMissing" }} maxLength={MEETING_LIMITS.decisionTextMax} />
        <Select name="outcome" label={t("meetings.decision.outcome")} options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }))} />
        <TextArea name="reason" label={t("archive.reason")} messages={{ missing: "archive.reasonMissing" }} maxLength={MEETING_LIMITS.amendmentReasonMax} rows={2} />
        <VictimNoteFields submitLabel={t("archive.amend")} findingsOf={["text", "reason", "victimNote.text"]} />
      </Form>
    </section>
  );
}
