import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import type { PresentedMinutesAmendment, PresentedMinutesReview } from "../../../shared/minutesReview";
import type { AmendmentOutcome } from "../../../shared/minutesReview";
import { getMinutesReview, resolveAmendment, signOffMinutes } from "../../api/minutesReview";
import { toApiError, useResource } from "../../api/useResource";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { AmendmentForm, CorrectionForm, OpenReviewForm } from "../../components/meetings/MinutesReviewForms";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { ConfirmDialog } from "../../components/ui/ConfirmDialog";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";
import { useMeetingContext } from "./MeetingScene";

/**
 * The minutes' review: opened for some days after the meeting, amendments proposed by attendees and
 * resolved by the secretariat, sign-off (frozen, with its fingerprint), then numbered corrections.
 * Kept current by the meeting room (the server announces every change as "details").
 */
export function MeetingMinutesReviewPage() {
  const { t } = useI18n();
  const { meeting, room } = useMeetingContext();
  const { resource, reload, update } = useResource(() => getMinutesReview(meeting.id), meeting.id);
  usePageTitle(`${t("minutesReview.title")}: ${meeting.title}`);
  const refresh = useCallback(() => void getMinutesReview(meeting.id).then((data) => update(() => data), () => undefined), [meeting.id, update]);
  useEffect(() => {
    if (room.revisions.details > 0) refresh();
  }, [room.revisions.details, refresh]);

  return (
    <section className="minutes-review" aria-labelledby="minutes-review-title">
      <h2 id="minutes-review-title">{t("minutesReview.title")}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(review) => <ReviewBody review={review} onChange={(next) => update(() => next)} />}
      </ResourceView>
    </section>
  );
}

function ReviewBody({ review, onChange }: { review: PresentedMinutesReview; onChange(review: PresentedMinutesReview): void }) {
  const { t, language, formatDateTime } = useI18n();
  const p = review.permissions;
  const date = (iso: string) => formatDateTime(iso);
  const openCount = review.amendments.filter((a) => a.status === "open").length;
  if (!review.documentId) return <p>{t("minutesReview.noMinutes")}</p>;
  const past = review.until !== null && new Date(review.until).getTime() <= Date.now();

  return (
    <>
      <p>
        <Link to={`/documents/${encodeURIComponent(review.documentId)}`}>{t("minutesReview.openDocument")}</Link>
      </p>
      {review.status === "none" && (
        <>
          <p>{t("minutesReview.none")}</p>
          {p.openReview && (
            <>
              <p className="meta">{t("minutesReview.openIntro")}</p>
              <OpenReviewForm meetingId={review.meetingId} onDone={onChange} />
            </>
          )}
        </>
      )}
      {review.status === "open" && (
        <div data-testid="minutes-review-status">
          <p>{past ? t("minutesReview.isClosed", { date: date(review.until!) }) : t("minutesReview.isOpen", { date: date(review.until!) })}</p>
          {review.openedBy && <p className="meta">{t("minutesReview.openedBy", { name: review.openedBy.name, date: date(review.openedAt!) })}</p>}
        </div>
      )}
      {review.approval && (
        <Notice kind="success">
          <p data-testid="minutes-review-status">
            <strong>{t("minutesReview.approved", { name: review.approval.signedBy.name, date: date(review.approval.signedAt) })}</strong>
          </p>
          <p>{t("minutesReview.frozen")}</p>
          <p>
            {t("minutesReview.hash")}: <span className="minutes-hash" data-testid="minutes-hash">{review.approval.hash}</span>
          </p>
          <p>
            <Link to={`/documents/${encodeURIComponent(review.documentId)}/history/${encodeURIComponent(review.approval.versionId)}`}>{t("minutesReview.approvedVersion")}</Link>
          </p>
        </Notice>
      )}

      {review.status !== "none" && (
        <>
          <h3>{t("minutesReview.amendmentsTitle")}</h3>
          {review.amendments.length === 0 ? (
            <p>{t("minutesReview.noAmendments")}</p>
          ) : (
            <ul className="minutes-amendments">
              {review.amendments.map((amendment) => (
                <AmendmentRow key={amendment.id} meetingId={review.meetingId} amendment={amendment} canResolve={p.resolve} onChange={onChange} />
              ))}
            </ul>
          )}
        </>
      )}
      {p.propose && (
        <>
          <h3>{t("minutesReview.proposeTitle")}</h3>
          <AmendmentForm meetingId={review.meetingId} onDone={onChange} />
        </>
      )}
      {p.signOff && (
        <div className="section">
          {openCount > 0 && <p>{plural(t, language, "minutesReview.openAmendments", openCount)} {t("minutesReview.signOffHint")}</p>}
          <ConfirmDialog
            trigger={
              <button type="button" className="button-primary">
                {t("minutesReview.signOff")}
              </button>
            }
            title={t("minutesReview.signOffTitle")}
            consequence={t("minutesReview.signOffConsequence")}
            confirmLabel={t("minutesReview.signOff")}
            tone="primary"
            describeError={(problem) => meetingProblemMessage(problem, t, language)}
            onConfirm={async () => onChange(await signOffMinutes(review.meetingId))}
          />
        </div>
      )}

      {review.status === "approved" && (
        <>
          <h3>{t("minutesReview.correctionsTitle")}</h3>
          {review.corrections.length === 0 ? (
            <p>{t("minutesReview.noCorrections")}</p>
          ) : (
            <ol className="minutes-amendments">
              {review.corrections.map((correction) => (
                <li key={correction.number} className="minutes-amendment">
                  <strong>{t("minutesReview.correctionNumber", { number: correction.number })}</strong>
                  <p className="minutes-amendment-text">{correction.text}</p>
                  <p className="meta">{t("minutesReview.correctionBy", { name: correction.author.name, date: date(correction.createdAt) })}</p>
                </li>
              ))}
            </ol>
          )}
          {p.correct && (
            <>
              <h3>{t("minutesReview.correctTitle")}</h3>
              <CorrectionForm meetingId={review.meetingId} onDone={onChange} />
            </>
          )}
        </>
      )}
    </>
  );
}

function AmendmentRow({ meetingId, amendment, canResolve, onChange }: { meetingId: string; amendment: PresentedMinutesAmendment; canResolve: boolean; onChange(review: PresentedMinutesReview): void }) {
  const { t, language, formatDateTime } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = t(`minutesReview.status.${amendment.status}`);
  const context = t("minutesReview.amendmentContext", { name: amendment.author.name });

  const resolve = async (outcome: AmendmentOutcome) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await resolveAmendment(meetingId, amendment.id, { outcome }));
    } catch (failure) {
      setError(meetingProblemMessage(toApiError(failure).problem, t, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="minutes-amendment" data-testid="minutes-amendment">
      <p className="minutes-amendment-text">{amendment.text}</p>
      <p className="meta">
        {t("minutesReview.proposedBy", { name: amendment.author.name, date: formatDateTime(amendment.createdAt) })}
        <span className={`tag${amendment.status === "accepted" ? " is-ok" : ""}`}>{status}</span>
      </p>
      {amendment.resolvedBy && amendment.resolvedAt && <p className="meta">{t("minutesReview.resolvedBy", { status, name: amendment.resolvedBy.name, date: formatDateTime(amendment.resolvedAt) })}</p>}
      {error && <Notice kind="error">{error}</Notice>}
      {canResolve && amendment.status === "open" && (
        <p>
          <button type="button" className="button-secondary button-small" disabled={busy} onClick={() => void resolve("accepted")}>
            {t("minutesReview.accept")}
            <span className="visually-hidden">: {context}</span>
          </button>{" "}
          <button type="button" className="button-secondary button-small" disabled={busy} onClick={() => void resolve("declined")}>
            {t("minutesReview.decline")}
            <span className="visually-hidden">: {context}</span>
          </button>
        </p>
      )}
    </li>
  );
}
