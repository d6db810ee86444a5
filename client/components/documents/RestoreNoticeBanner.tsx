import { Link } from "react-router";
import type { DocRestoredNotice } from "../../../shared/events";
import { useI18n } from "../../i18n/I18nProvider";

/**
 * "Anna restored version 3 at 15:10": a polite live region that is always on the page (so the
 * message is announced when it appears), with the way to the history and a close button.
 */
export function RestoreNoticeBanner({ notice, onDismiss }: { notice: DocRestoredNotice | null; onDismiss(): void }) {
  const { t, formatDateTime } = useI18n();
  const values = notice && { name: notice.by.name, number: notice.version.number, version: notice.version.name ?? "", time: formatDateTime(notice.at, { timeStyle: "short" }) };
  return (
    <div aria-live="polite" aria-atomic="true" className="restore-notice-region">
      {notice && values && (
        <div className="notice is-info restore-notice">
          <p>{t(notice.version.name ? "restoreNotice.restoredNamed" : "restoreNotice.restored", values)}</p>
          <p className="restore-notice-actions">
            <Link to={`/documents/${encodeURIComponent(notice.documentId)}/history`}>{t("restoreNotice.history")}</Link>
            <button type="button" className="button-secondary" onClick={onDismiss}>
              {t("restoreNotice.dismiss")}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
