import type { FreshnessStatus } from "../../../shared/directory";
import type { Freshness } from "../../../shared/directoryTypes";
import { useI18n } from "../../i18n/I18nProvider";

const TONE: Record<FreshnessStatus, string> = { fresh: "is-ok", due: "is-warning", stale: "is-error" };

/** Whether an entry can be relied on: verified, waiting for its owner, or stale (past its date). */
export function FreshnessBadge({ status }: { status: FreshnessStatus }) {
  const { t } = useI18n();
  return (
    <span className={`tag ${TONE[status]}`} data-testid="freshness" data-status={status}>
      {t(`directory.status.${status}`)}
    </span>
  );
}

/** The badge with its date: when it was verified, by when to confirm it, or since when it is stale. */
export function FreshnessLine({ freshness }: { freshness: Freshness }) {
  const { t, formatDateTime } = useI18n();
  const day = (iso: string) => formatDateTime(iso, { dateStyle: "medium" });
  const text =
    freshness.status === "fresh"
      ? t("directory.freshness.fresh", { date: day(freshness.verifiedAt) })
      : freshness.status === "due"
        ? t("directory.freshness.due", { date: day(freshness.nextVerificationAt) })
        : t("directory.freshness.stale", { date: day(freshness.verifiedAt) });
  return (
    <p className="meta directory-freshness">
      <FreshnessBadge status={freshness.status} /> {text}
    </p>
  );
}
