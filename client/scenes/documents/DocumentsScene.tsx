import { Link, useSearchParams } from "react-router";
import { CLASSIFICATIONS, DOCUMENT_STATUSES, DOCUMENT_TAGS } from "../../../shared/documents";
import { COUNTRIES } from "../../../shared/domain";
import { LANGUAGES } from "../../../shared/languages";
import { listDocuments, type DocumentFilters } from "../../api/documents";
import { useResource } from "../../api/useResource";
import { AttachmentMatches } from "../../components/documents/AttachmentMatches";
import { DocumentFiltersForm } from "../../components/documents/DocumentFiltersForm";
import { DocumentList } from "../../components/documents/DocumentList";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useSession } from "../../session/SessionProvider";
import "../../styles/documents.css";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | "" => (values as readonly string[]).includes(value ?? "") ? (value as T) : "";

function readFilters(params: URLSearchParams): DocumentFilters {
  return {
    q: params.get("q")?.slice(0, 200) ?? "",
    tag: oneOf(DOCUMENT_TAGS, params.get("tag")),
    country: oneOf(COUNTRIES, params.get("country")),
    classification: oneOf(CLASSIFICATIONS, params.get("classification")),
    status: oneOf(DOCUMENT_STATUSES, params.get("status")),
    language: oneOf(LANGUAGES, params.get("language")),
  };
}

function toParams(filters: DocumentFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}

/** The library of good-practice documents: search, filter, open, and (except for observers) create. */
export function DocumentsScene() {
  const { t } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = toParams(filters).toString();
  const { resource, reload } = useResource(() => listDocuments(filters), key);
  const canCreate = session?.account?.role !== undefined && session.account.role !== "observer";
  const filtered = key !== "";
  usePageTitle(t("documents.heading"));

  return (
    <div className="page page-wide">
      <h1>{t("documents.heading")}</h1>
      <p className="lead">{t("documents.intro")}</p>
      {canCreate && (
        <p>
          <Link to="/documents/new" className="button-primary button-link-like">
            {t("documents.new")}
          </Link>
        </p>
      )}
      <DocumentFiltersForm key={key} filters={filters} onApply={(next) => setParams(toParams(next))} />
      <ResourceView resource={resource} onRetry={reload}>
        {(documents) => (
          <>
            <p role="status" className="meta">
              {t("documents.count", { count: documents.length })}
            </p>
            {documents.length > 0 ? (
              <DocumentList documents={documents} />
            ) : (
              <div className="empty-state">
                <p>{filtered ? t("documents.noneMatching") : canCreate ? t("documents.noneYet") : t("documents.noneShared")}</p>
                {filtered && (
                  <p>
                    <Link to="/documents">{t("documents.showAll")}</Link>
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </ResourceView>
      {filters.q.trim().length >= 2 && <AttachmentMatches q={filters.q.trim()} />}
    </div>
  );
}
