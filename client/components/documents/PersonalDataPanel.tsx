import { useEditorState, type Editor } from "@tiptap/react";
import { useState, type RefObject } from "react";
import type { PresentedFinding } from "../../../shared/types";
import { acknowledgeFinding } from "../../api/documents";
import { toApiError } from "../../api/useResource";
import { currentFindings } from "../../editor/personalDataHighlight";
import { useI18n } from "../../i18n/I18nProvider";
import { problemMessage } from "../problems";
import { findingRows, type FindingRow } from "./personalDataRows";

/**
 * The personal-data check beside the text: each likely identifier, why it matters, where it is, and
 * (for those who may edit) a button to acknowledge it after checking. Publishing waits for this.
 */
export function PersonalDataPanel({
  editor,
  documentId,
  serverFindings,
  onServerFindings,
  canAcknowledge,
  panelRef,
}: {
  editor: Editor;
  documentId: string;
  serverFindings: PresentedFinding[];
  onServerFindings(findings: PresentedFinding[]): void;
  canAcknowledge: boolean;
  panelRef: RefObject<HTMLElement | null>;
}) {
  const { t, language, formatDateTime } = useI18n();
  const live = useEditorState({ editor, selector: ({ editor: current }) => currentFindings(current) });
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = findingRows(live, serverFindings);
  const open = rows.filter((row) => !row.acknowledged).length;

  const acknowledge = async (row: FindingRow) => {
    setBusyKey(row.key);
    setError(null);
    try {
      onServerFindings(await acknowledgeFinding(documentId, row.key));
    } catch (failure) {
      setError(problemMessage(toApiError(failure).problem, t, language));
    } finally {
      setBusyKey(null);
    }
  };

  const show = (row: FindingRow) => {
    if (row.first) editor.chain().focus().setTextSelection({ from: row.first.from, to: row.first.to }).scrollIntoView().run();
  };

  return (
    <section className="side-panel personal-data-panel" aria-labelledby="personal-data-title" id="personal-data" ref={panelRef} tabIndex={-1}>
      <h2 id="personal-data-title" className="side-panel-title">
        {t("personalData.title")}
      </h2>
      <p className="meta">{t("personalData.intro")}</p>
      <p role="status" className={open > 0 ? "personal-data-summary is-open" : "personal-data-summary"}>
        {rows.length === 0 ? t("personalData.none") : open > 0 ? t("personalData.open", { count: open }) : t("personalData.allAcknowledged")}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {rows.length > 0 && (
        <ul className="finding-list">
          {rows.map((row) => (
            <li key={row.key} className={row.acknowledged ? "finding is-acknowledged" : "finding"}>
              <p className="finding-kind">{t(`personalData.kind.${row.kind}`)}</p>
              <p className="finding-text">
                <mark className="personal-data">{row.text}</mark>
                {row.count > 1 && <span className="meta"> {t("personalData.times", { count: row.count })}</span>}
              </p>
              <p className="finding-reason">{t(`personalData.reason.${row.reason}`, { context: row.reasonContext ?? "" })}</p>
              <p className="meta">
                {t("personalData.masked")} <span className="finding-masked">{row.masked}</span>
              </p>
              <p className="meta">{t(`personalData.why.${row.kind}`)}</p>
              {row.acknowledged ? (
                <p className="meta">{t("personalData.acknowledgedBy", { name: row.acknowledged.by, time: formatDateTime(row.acknowledged.at, { dateStyle: "medium", timeStyle: "short" }) })}</p>
              ) : null}
              <div className="button-group">
                {row.first && (
                  <button type="button" className="button-secondary button-small" onClick={() => show(row)}>
                    {t("personalData.show")}
                    <span className="visually-hidden"> {row.text}</span>
                  </button>
                )}
                {!row.acknowledged && canAcknowledge && (
                  <button type="button" className="button-secondary button-small" disabled={busyKey === row.key} onClick={() => void acknowledge(row)}>
                    {t("personalData.acknowledge")}
                    <span className="visually-hidden"> {row.text}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {open > 0 && canAcknowledge && <p className="meta">{t("personalData.acknowledgeHint")}</p>}
    </section>
  );
}
