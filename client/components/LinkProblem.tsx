import { Link } from "react-router";
import type { ApiError } from "../api/http";
import { useI18n } from "../i18n/I18nProvider";
import { LoadFailure } from "./LoadFailure";

/**
 * For pages opened from a link with a token: a 404 means the link is unknown, used, revoked or
 * expired, and the person needs to know whom to ask; anything else is a passing problem.
 */
export function LinkProblem({ error, title, body, onRetry }: { error: ApiError; title: string; body: string; onRetry(): void }) {
  const { t } = useI18n();
  if (error.status !== 404) {
    return (
      <div className="page">
        <h1>{title}</h1>
        <LoadFailure error={error} onRetry={onRetry} />
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/sign-in">{t("link.goToSignIn")}</Link>
      </p>
    </div>
  );
}
