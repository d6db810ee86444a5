import { useEffect, useRef, useState } from "react";
import type { PresentedDocument, PresentedFinding, Problem } from "../../../shared/types";
import { publishDocument, updateDocument } from "../../api/documents";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { problemMessage } from "../problems";
import { asKind } from "./personalDataRows";

export const PERSONAL_DATA_UNACKNOWLEDGED = "personal_data_unacknowledged";

/** The findings a 409 "personal_data_unacknowledged" carries, if this problem is one. */
export function blockingFindings(problem: Problem): PresentedFinding[] | null {
  if (problem.code !== PERSONAL_DATA_UNACKNOWLEDGED) return null;
  const findings = (problem as Problem & { findings?: unknown }).findings;
  return Array.isArray(findings) ? (findings as PresentedFinding[]) : [];
}

/**
 * Publish (or republish once the draft has moved on): the server refuses while likely personal data is unacknowledged; then the findings are
 * listed here and in the personal-data check, with a way to get there.
 */
export function PublishControl({
  document,
  changedSincePublication,
  onChange,
  onBlocked,
  onShowFindings,
}: {
  document: PresentedDocument;
  /** The working draft differs from the published version: offer to republish it through the guard. */
  changedSincePublication: boolean;
  onChange(document: PresentedDocument): void;
  onBlocked(findings: PresentedFinding[]): void;
  onShowFindings(): void;
}) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState<PresentedFinding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (blocked) noticeRef.current?.focus();
  }, [blocked]);

  const republish = document.publication !== null && changedSincePublication;
  if (!document.policies.publish || (document.status === "published" && !republish)) return null;

  const publish = async () => {
    setBusy(true);
    setError(null);
    setBlocked(null);
    try {
      onChange(await (republish ? publishDocument(document.id) : updateDocument(document.id, { status: "published" })));
    } catch (failure) {
      const problem = toApiError(failure).problem;
      const findings = blockingFindings(problem);
      if (findings) {
        setBlocked(findings);
        onBlocked(findings);
      } else setError(problemMessage(problem, t, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button-primary" disabled={busy} onClick={() => void publish()}>
        {t(republish ? "publish.republish" : "publish.button")}
      </button>
      {error && (
        <p className="field-error publish-error" role="alert">
          {error}
        </p>
      )}
      {blocked && (
        <div className="notice is-error publish-blocked" role="alert" tabIndex={-1} ref={noticeRef}>
          <h2 className="notice-title">{t("publish.blockedTitle")}</h2>
          <p>{t("publish.blockedBody", { count: blocked.filter((finding) => !finding.acknowledged).length })}</p>
          <ul>
            {blocked
              .filter((finding) => !finding.acknowledged)
              .map((finding) => (
                <li key={finding.key}>
                  {t(`personalData.kind.${asKind(finding.kind)}`)}: {finding.masked}
                </li>
              ))}
          </ul>
          <button type="button" className="button-secondary button-small" onClick={onShowFindings}>
            {t("publish.goToCheck")}
          </button>
        </div>
      )}
    </>
  );
}
