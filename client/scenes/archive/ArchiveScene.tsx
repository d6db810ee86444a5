import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { archiveFiltersFormSchema } from "../../../shared/schemas/meetingForms";
import { AGENDA_TAGS, DECISION_OUTCOMES } from "../../../shared/meetings";
import type { ArchiveVerification } from "../../../shared/meetingTypes";
import { archiveCsvUrl, archivePdfUrl, archiveReport, searchArchive, verifyArchive, type ArchiveFilters } from "../../api/meetings";
import { toApiError, useResource } from "../../api/useResource";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextInput } from "../../components/form/TextInput";
import { DateInput } from "../../components/form/DateInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { ResourceView } from "../../components/ResourceView";
import { EmptyChairPanel } from "../../components/meetings/EmptyChairPanel";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import "../../styles/meetings.css";

const KEYS = ["q", "from", "to", "outcome", "tag"] as const;

/** The decision archive: search, export, the victim-note report; the secretariat verifies the chain. */
export function ArchiveScene() {
  const { t, language, formatDateTime } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ""])) as unknown as ArchiveFilters;
  const { resource, reload } = useResource(() => searchArchive(applied), params.toString());
  const report = useResource(archiveReport);
  const [verification, setVerification] = useState<ArchiveVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t("archive.title"));

  return (
    <div className="meeting-page page-full">
      <div className="meeting-main">
        <h1>{t("archive.title")}</h1>
        <p className="lead">{t("archive.intro")}</p>
        <ArchiveFiltersForm key={params.toString()} applied={applied} onApply={(filters) => setParams(Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>)} />
        <ResourceView resource={resource} onRetry={reload}>
          {(page) => (
            <>
              <p role="status">{t("archive.count", { count: page.total })}</p>
              {page.records.length > 0 && (
                <TableWrap label={t("archive.title")}>
                  <table className="table" data-testid="archive-results">
                    <thead>
                      <tr>
                        <th scope="col">{t("archive.number")}</th>
                        <th scope="col">{t("archive.meeting")}</th>
                        <th scope="col">{t("meetings.decision.text")}</th>
                        <th scope="col">{t("meetings.decision.outcome")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.records.map((r) => (
                        <tr key={r.number}>
                          <td>
                            <Link to={`/archive/${r.number}`}>{r.number}</Link>
                            {r.kind === "amendment" && <span className="meta block">{t("archive.amends", { number: r.amends ?? "" })}</span>}
                            {r.amendedBy.length > 0 && <span className="meta block">{t("archive.amendedBy", { numbers: r.amendedBy.join(", ") })}</span>}
                          </td>
                          <td>{formatDateTime(r.meetingDate, { dateStyle: "medium" })}<span className="meta block">{r.meetingTitle}</span></td>
                          <td>{r.text}<span className="meta block">{t(`meetings.noteKind.${r.victimNote.kind}`)}: {r.victimNote.text}</span></td>
                          <td>{t(`meetings.outcome.${r.outcome}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              )}
            </>
          )}
        </ResourceView>
        <section className="section" aria-labelledby="report-title">
          <h2 id="report-title">{t("archive.reportTitle")}</h2>
          <p>{t("archive.reportIntro")}</p>
          {report.resource.status === "ready" && (
            <TableWrap label={t("archive.reportTitle")}>
              <table className="table table-compact">
                <thead>
                  <tr><th scope="col">{t("archive.period")}</th><th scope="col">{t("archive.decisions")}</th><th scope="col">{t("archive.substantive")}</th><th scope="col">{t("archive.share")}</th></tr>
                </thead>
                <tbody>
                  {[...report.resource.data.perYear, ...report.resource.data.perMeeting].map((row) => (
                    <tr key={row.key}><th scope="row">{row.label}</th><td>{row.decisions}</td><td>{row.substantive}</td><td>{Math.round(row.share * 100)} %</td></tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </section>
        {account.role === "secretariat" && (
          <section className="section" aria-labelledby="verify-title">
            <h2 id="verify-title">{t("archive.verifyTitle")}</h2>
            {error && <Notice kind="error">{error}</Notice>}
            {verification && (verification.ok ? <Notice kind="success">{t("archive.verified", { count: verification.checked })}</Notice> : <Notice kind="error">{verification.firstBroken ? t("archive.broken", { number: verification.firstBroken.number, reason: verification.firstBroken.reason }) : t("archive.anchorBroken", { reason: verification.anchorProblem ?? "" })}</Notice>)}
            <button type="button" className="button-secondary" onClick={() => void verifyArchive().then(setVerification, (e: unknown) => setError(problemMessage(toApiError(e).problem, t, language)))}>
              {t("archive.verify")}
            </button>
          </section>
        )}
      </div>
      <EmptyChairPanel item={null} compactByDefault />
    </div>
  );
}

/** Search the archive; the filters go into the address, so a search can be shared. */
function ArchiveFiltersForm({ applied, onApply }: { applied: ArchiveFilters; onApply(filters: ArchiveFilters): void }) {
  const { t } = useI18n();
  const orUndefined = <T extends string>(value: string) => (value === "" ? undefined : (value as T));
  const form = useSchemaForm(archiveFiltersFormSchema, { q: applied.q, from: orUndefined(applied.from), to: orUndefined(applied.to), outcome: orUndefined(applied.outcome), tag: orUndefined(applied.tag) });
  return (
    <Form form={form} className="filters" role="search" aria-label={t("archive.title")} idPrefix="archive" onSubmit={(values) => onApply({ q: values.q ?? "", from: values.from ?? "", to: values.to ?? "", outcome: values.outcome ?? "", tag: values.tag ?? "" })}>
      <div className="filters-grid">
        <TextInput name="q" label={t("archive.text")} />
        <DateInput name="from" label={t("archive.from")} emptyAs="absent" />
        <DateInput name="to" label={t("archive.to")} emptyAs="absent" />
        <Select name="outcome" label={t("meetings.decision.outcome")} placeholder={t("archive.any")} emptyAs="absent" options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }))} />
        <Select name="tag" label={t("archive.tag")} placeholder={t("archive.any")} emptyAs="absent" options={AGENDA_TAGS.map((tag) => ({ value: tag, label: t(`meetings.tag.${tag}`) }))} />
      </div>
      <div className="button-group">
        <SubmitButton>{t("archive.search")}</SubmitButton>
        <a className="button-secondary button-link-like" href={archiveCsvUrl(applied)} download>
          {t("archive.csv")}
        </a>
        <a className="button-secondary button-link-like" href={archivePdfUrl(applied)} download>
          {t("archive.pdf")}
        </a>
      </div>
    </Form>
  );
}
