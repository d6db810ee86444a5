import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Problem } from "../../shared/types";
import type { Resource } from "../api/useResource";
import { useI18n } from "../i18n/I18nProvider";
import { LoadFailure } from "./LoadFailure";
import { Loading } from "./Loading";

export interface NotFound {
  title: string;
  body?: string;
  /** The way back: a 404 is not worth trying again. */
  back: { to: string; label: string };
}

export interface ResourceViewProps<T> {
  resource: Resource<T>;
  /** Offered for failures that may pass (network, server); never for 404, 403 or 401. */
  onRetry?: () => void;
  notFound?: NotFound;
  /**
   * "page" when this resource is what the page is about: the not-found and failure states then
   * carry the page's h1. "section" (default) for a part of a page that has its own heading.
   */
  level?: "page" | "section";
  /** Heading of a failed page (level "page"), e.g. the link pages' "This link does not work". */
  failureTitle?: string;
  isEmpty?: (data: T) => boolean;
  /** The empty state: say what to do next. */
  empty?: ReactNode;
  children(data: T): ReactNode;
}

/** A 422 about the address itself (a malformed id in the URL): nothing can be there. */
function badAddress(problem: Problem): boolean {
  const issues = problem.issues ?? [];
  return problem.code === "validation_failed" && issues.length > 0 && issues.every((issue) => issue.path.startsWith("params."));
}

/**
 * One way to show something loaded from the server: loading, then the data, or an empty state,
 * or why it failed. A 404 (or a malformed id in the address) says "not found" with a way back,
 * not "try again"; 403 says who to ask; 401 says the session ended (the session guard then goes
 * to the sign-in page). Other failures may pass: they offer to try again.
 */
export function ResourceView<T>({ resource, onRetry, notFound, level = "section", failureTitle, isEmpty, empty, children }: ResourceViewProps<T>) {
  const { t } = useI18n();
  if (resource.status === "loading") return <Loading />;
  if (resource.status === "ready") return <>{isEmpty?.(resource.data) && empty !== undefined ? empty : children(resource.data)}</>;

  const { status } = resource.error;
  const Heading = level === "page" ? "h1" : "h2";
  if (status === 404 || badAddress(resource.error.problem)) {
    const shown = notFound ?? { title: t("resource.notFoundTitle"), body: t("resource.notFoundBody"), back: { to: "/", label: t("notFound.home") } };
    return (
      <div className="resource-not-found" data-testid="not-found">
        <Heading>{shown.title}</Heading>
        {shown.body && <p>{shown.body}</p>}
        <p>
          <Link to={shown.back.to}>{shown.back.label}</Link>
        </p>
      </div>
    );
  }
  const final = status === 401 || status === 403;
  return (
    <>
      {level === "page" && <h1>{failureTitle ?? t("resource.failedTitle")}</h1>}
      {final ? (
        <div className="notice is-error" role="alert">
          <p>{status === 401 ? t("resource.sessionEnded") : t("resource.forbidden")}</p>
          {notFound && (
            <p>
              <Link to={notFound.back.to}>{notFound.back.label}</Link>
            </p>
          )}
        </div>
      ) : (
        <LoadFailure error={resource.error} onRetry={onRetry} />
      )}
    </>
  );
}
