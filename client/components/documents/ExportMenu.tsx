import { useEffect, useId, useRef, useState } from "react";
import type { PresentedFinding } from "../../../shared/types";
import { exportUrl, type ExportFormat } from "../../api/documents";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/I18nProvider";
import { asKind } from "./personalDataRows";

const FORMATS: { format: ExportFormat; label: MessageKey }[] = [
  { format: "md", label: "export.md" },
  { format: "html", label: "export.html" },
  { format: "docx", label: "export.docx" },
  { format: "pdf", label: "export.pdf" },
];

/**
 * Download the current version: a disclosure with plain download links (no ARIA menu: links are
 * what these are, and every assistive technology knows them). Escape closes it.
 */
export function ExportMenu({ documentId, openFindings = [] }: { documentId: string; openFindings?: PresentedFinding[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [withComments, setWithComments] = useState(false);
  const commentsId = useId();
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  return (
    <div
      className="export-menu"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.preventDefault();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button ref={buttonRef} type="button" className="button-secondary" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((value) => !value)}>
        {t("export.button")}
      </button>
      <ul id={listId} className="export-menu-list" hidden={!open}>
        {/* The draft holds likely personal data nobody acknowledged: listed first, and downloading confirms it. */}
        {openFindings.length > 0 && (
          <li className="export-findings" role="note">
            <p>{t("export.findingsFirst", { count: openFindings.length })}</p>
            <ul>
              {openFindings.map((finding) => (
                <li key={finding.key}>
                  {t(`personalData.kind.${asKind(finding.kind)}`)}: {finding.masked}
                </li>
              ))}
            </ul>
            <p>{t("export.confirmFindings")}</p>
          </li>
        )}
        <li className="export-option">
          <input id={commentsId} type="checkbox" checked={withComments} onChange={(event) => setWithComments(event.target.checked)} />
          <label htmlFor={commentsId}>{t("export.withComments")}</label>
        </li>
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a href={exportUrl(documentId, format, openFindings.length > 0, withComments)} download onClick={() => setOpen(false)}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
