import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/I18nProvider";
import { Link } from "react-router";

/** The server's codes for "this person may no longer see the document". */
export const ACCESS_LOST_CODES = new Set(["access_lost", "not_found", "forbidden"]);
/** Codes after which this device's copy is deleted: access lost, or the server refused the copy as damaged. */
export const DISCARD_LOCAL_COPY_CODES = new Set([...ACCESS_LOST_CODES, "invalid_update"]);

const REASONS: Record<string, MessageKey> = {
  access_lost: "collab.closed.access",
  not_found: "collab.closed.access",
  forbidden: "collab.closed.access",
  deleted: "collab.closed.deleted",
  store_failed: "collab.closed.storeFailed",
  load_failed: "collab.closed.loadFailed",
  invalid_update: "collab.closed.invalidUpdate",
};

/** Why editing stopped: the server closed the document for this person. */
export function ClosedNotice({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <div className="notice is-error" role="alert">
      <h2 className="notice-title">{t("collab.closed.title")}</h2>
      <p>{t(REASONS[code] ?? "collab.closed.other")}</p>
      <p>
        <Link to="/documents">{t("documents.backToLibrary")}</Link>
      </p>
    </div>
  );
}
