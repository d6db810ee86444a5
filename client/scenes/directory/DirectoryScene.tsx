import { Link, useSearchParams } from "react-router";
import { CONTACT_POINT_KINDS, CONTACT_TAGS, DIRECTORY_LANGUAGES, DISCIPLINES, FRESHNESS_STATUSES } from "../../../shared/directory";
import { COUNTRIES } from "../../../shared/domain";
import type { ContactPointPage } from "../../../shared/directoryTypes";
import { contactPointSearchSchema } from "../../../shared/schemas/directory";
import { contactPointsToVerify, DIRECTORY_FILTER_KEYS, directoryExportUrl, searchContactPoints, type DirectoryFilters } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { ContactPointSummaryList } from "../../components/directory/ContactPointSummaryCard";
import { countMessage, languageName } from "../../components/directory/directoryWords";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import "../../styles/directory.css";

const PAGE = 25;
const OWNERS = new Set(["secretariat", "chair", "member"]);
const filtersFormSchema = contactPointSearchSchema.pick({ q: true, country: true, discipline: true, tag: true, language: true, kind: true, status: true });

/** The directory: search with filters (kept in the address, so a search can be shared), exports, and one's own entries to confirm. */
export function DirectoryScene() {
  const { t } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(DIRECTORY_FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as unknown as DirectoryFilters;
  const { resource, reload, update } = useResource(() => searchContactPoints(applied, 0, PAGE), params.toString());
  // "Show more" appends the next page to the one on screen (the API's pages stop at 100).
  const more = (offset: number) =>
    searchContactPoints(applied, offset, PAGE).then(
      (next) => update((page) => ({ ...next, offset: 0, items: [...page.items, ...next.items.filter((item) => !page.items.some((shown) => shown.id === item.id))] })),
      reload,
    );
  const mayExport = OWNERS.has(account.role);
  usePageTitle(t("directory.title"));

  return (
    <div className="directory-page">
      <h1>{t("directory.title")}</h1>
      <p className="lead">{t("directory.intro")}</p>
      <p className="button-group">
        <Link to="/directory/pathways">{t("directory.pathwaysLink")}</Link>
        {account.role === "secretariat" && <Link to="/directory/freshness">{t("directory.freshnessLink")}</Link>}
        {account.role === "secretariat" && <Link to="/directory/grants">{t("directory.grantsLink")}</Link>}
      </p>
      <DirectoryFiltersForm
        key={params.toString()}
        applied={applied}
        onApply={(filters) => setParams(Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>)}
      />
      {mayExport && (
        <section className="section-tight" aria-labelledby="directory-exports">
          <h2 id="directory-exports">{t("directory.exportsTitle")}</h2>
          <p className="meta">{t("directory.exportsIntro")}</p>
          <p className="button-group">
            <a className="button-secondary button-link-like" href={directoryExportUrl("pdf", applied)} download>{t("directory.pdf")}</a>
            <a className="button-secondary button-link-like" href={directoryExportUrl("csv", applied)} download>{t("directory.csv")}</a>
            <a className="button-secondary button-link-like" href={directoryExportUrl("vcf", applied)} download>{t("directory.vcfAll")}</a>
          </p>
        </section>
      )}
      <section aria-labelledby="directory-results">
        <h2 id="directory-results">{t("directory.results")}</h2>
        <ResourceView resource={resource} onRetry={reload}>
          {(page) => <Results page={page} onMore={() => void more(page.items.length)} />}
        </ResourceView>
      </section>
      {OWNERS.has(account.role) && <ToVerify />}
    </div>
  );
}

function Results({ page, onMore }: { page: ContactPointPage; onMore(): void }) {
  const { t } = useI18n();
  return (
    <>
      <p role="status">{countMessage(t, "directory.count", page.total)}</p>
      {page.total === 0 && <p>{t("directory.empty")}</p>}
      <ContactPointSummaryList entries={page.items} testId="directory-results" />
      {page.items.length < page.total && (
        <button type="button" className="button-secondary" onClick={onMore}>
          {t("directory.more")}
        </button>
      )}
    </>
  );
}

/** The verification cycle: the entries the signed-in person owns that are due or stale. */
function ToVerify() {
  const { t } = useI18n();
  const { resource, reload } = useResource(contactPointsToVerify);
  return (
    <section className="section" aria-labelledby="directory-to-verify">
      <h2 id="directory-to-verify">{t("directory.toVerifyTitle")}</h2>
      <p>{t("directory.toVerifyIntro")}</p>
      <ResourceView resource={resource} onRetry={reload} isEmpty={(entries) => entries.length === 0} empty={<p>{t("directory.toVerifyNone")}</p>}>
        {(entries) => (
          <ContactPointSummaryList entries={entries} testId="directory-to-verify" />
        )}
      </ResourceView>
    </section>
  );
}

function DirectoryFiltersForm({ applied, onApply }: { applied: DirectoryFilters; onApply(filters: Partial<DirectoryFilters>): void }) {
  const { t, language } = useI18n();
  const orUndefined = <T extends string>(value: string) => (value === "" ? undefined : (value as T));
  const form = useSchemaForm(filtersFormSchema, {
    q: applied.q,
    country: orUndefined(applied.country),
    discipline: orUndefined(applied.discipline),
    tag: orUndefined(applied.tag),
    language: orUndefined(applied.language),
    kind: orUndefined(applied.kind),
    status: orUndefined(applied.status),
  });
  const any = t("directory.any");
  const languages = DIRECTORY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) })).sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <Form
      form={form}
      className="filters"
      role="search"
      aria-label={t("directory.searchLabel")}
      idPrefix="directory"
      onSubmit={(values) => onApply({ ...values, organisationId: applied.organisationId })}
    >
      <div className="filters-grid">
        <TextInput name="q" label={t("directory.q")} type="search" />
        <Select name="country" label={t("directory.country")} placeholder={any} emptyAs="absent" options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}`) }))} />
        <Select name="discipline" label={t("directory.discipline")} placeholder={any} emptyAs="absent" options={DISCIPLINES.map((d) => ({ value: d, label: t(`organisationType.${d}`) }))} />
        <Select name="tag" label={t("directory.tag")} placeholder={any} emptyAs="absent" options={CONTACT_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))} />
        <Select name="language" label={t("directory.language")} placeholder={any} emptyAs="absent" options={languages} />
        <Select name="kind" label={t("directory.kind")} placeholder={any} emptyAs="absent" options={CONTACT_POINT_KINDS.map((k) => ({ value: k, label: t(`directory.kind.${k}`) }))} />
        <Select name="status" label={t("directory.status")} placeholder={any} emptyAs="absent" options={FRESHNESS_STATUSES.map((s) => ({ value: s, label: t(`directory.status.${s}`) }))} />
      </div>
      <div className="button-group">
        <SubmitButton>{t("directory.search")}</SubmitButton>
        <Link to="/directory">{t("directory.clear")}</Link>
      </div>
    </Form>
  );
}
