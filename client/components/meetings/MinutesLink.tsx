import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { PresentedMeeting } from "../../../shared/meetingTypes";
import { createMinutes } from "../../api/meetings";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { Notice } from "../Notice";
import { meetingProblemMessage } from "./meetingProblems";

/**
 * The meeting's minutes: links to the co-edited document and to its review and sign-off once it exists; before that, for those who
 * run the meeting, the button that creates it from the agenda, the decisions and the action items.
 */
export function MinutesLink({ meeting }: { meeting: PresentedMeeting }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (meeting.minutesDocumentId) {
    return (
      <p className="meeting-minutes">
        <Link to={`/documents/${encodeURIComponent(meeting.minutesDocumentId)}`}>{t("meetings.minutesDocument.open")}</Link>
        {" · "}
        <Link to={`/meetings/${encodeURIComponent(meeting.id)}/minutes-review`}>{t("minutesReview.link")}</Link>
      </p>
    );
  }
  if (!meeting.permissions.createMinutes) return null;

  const create = async () => {
    setBusy(true);
    try {
      const minutes = await createMinutes(meeting.id);
      navigate(`/documents/${encodeURIComponent(minutes.document.id)}`);
    } catch (failure) {
      setError(meetingProblemMessage(toApiError(failure).problem, t, language));
      setBusy(false);
    }
  };

  return (
    <div className="meeting-minutes">
      {error && <Notice kind="error">{error}</Notice>}
      <p className="meta">{t("meetings.minutesDocument.hint")}</p>
      <button type="button" className="button-secondary" disabled={busy} aria-busy={busy} onClick={() => void create()}>
        {busy ? t("meetings.minutesDocument.creating") : t("meetings.minutesDocument.create")}
      </button>
    </div>
  );
}
