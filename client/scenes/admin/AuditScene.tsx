import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { readAuditLog } from "../../api/admin";
import type { ApiError } from "../../api/http";
import type { AuditFilters } from "../../api/types";
import { toApiError, useResource } from "../../api/useResource";
import { AuditFiltersForm } from "../../components/admin/AuditFiltersForm";
import { AuditTable } from "../../components/admin/AuditTable";
import { LoadFailure } from "../../components/LoadFailure";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

const FILTER_KEYS = ["action", "actorId", "result", "from", "to"] as const;

function readFilters(params: URLSearchParams): AuditFilters {
  const result = params.get("result");
  return {
    action: params.get("action") ?? "",
    actorId: params.get("actorId") ?? "",
    result: result === "success" || result === "failure" || result === "denied" ? result : "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

function toParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params;
}

/** The tamper-evident audit log, for the secretariat: filter it, and page back to older entries. */
export function AuditScene() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = toParams(filters).toString();
  const { resource, reload, update } = useResource(() => readAuditLog(filters, null), key);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  usePageTitle(t("audit.title"));

  const loadOlder = async (before: number) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await readAuditLog(filters, before);
      update((current) => ({ entries: [...current.entries, ...page.entries], nextBefore: page.nextBefore }));
    } catch (error) {
      setMoreError(toApiError(error));
    } finally {
      setLoadingMore(false);
    }
  };

  const actorName = resource.status === "ready" ? resource.data.entries.find((entry) => entry.actor?.id === filters.actorId)?.actor?.name : undefined;
  const withoutActor = toParams({ ...filters, actorId: "" }).toString();

  return (
    <div className="page page-full">
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.intro")}</p>
      <AuditFiltersForm key={key} filters={filters} onApply={(next) => setParams(toParams({ ...next, actorId: filters.actorId }))} onClear={() => setParams(new URLSearchParams())} />
      {filters.actorId && (
        <p className="notice is-info">
          {t("audit.onlyActor", { name: actorName ?? filters.actorId })} <Link to={withoutActor ? `?${withoutActor}` : "."}>{t("audit.everyone")}</Link>
        </p>
      )}
      <ResourceView resource={resource} onRetry={reload}>
        {(page) => (
          <>
            <p role="status" className="meta">
              {t("audit.shown", { count: page.entries.length })}
            </p>
            {page.entries.length === 0 ? <p>{t("audit.none")}</p> : <AuditTable entries={page.entries} actorLink={(actorId) => `?${toParams({ ...filters, actorId }).toString()}`} />}
            {moreError && <LoadFailure error={moreError} />}
            {page.nextBefore !== null && (
              <p>
                <button type="button" className="button-secondary" disabled={loadingMore} onClick={() => void loadOlder(page.nextBefore!)}>
                  {t("audit.older")}
                </button>
              </p>
            )}
          </>
        )}
      </ResourceView>
    </div>
  );
}
