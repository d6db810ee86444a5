import type { ApiError } from "../api/http";
import { useI18n } from "../i18n/I18nProvider";
import { problemMessage } from "./problems";

/** A page part that could not load: what happened, and a way to try again. */
export function LoadFailure({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, language } = useI18n();
  return (
    <div className="notice is-error" role="alert">
      <p>{problemMessage(error.problem, t, language)}</p>
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t("common.tryAgain")}
        </button>
      )}
    </div>
  );
}
