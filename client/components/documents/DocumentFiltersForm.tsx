import { CLASSIFICATIONS, DOCUMENT_STATUSES, DOMAINS, EXPLOITATION_FORMS } from "../../../shared/documents";
import { COUNTRIES } from "../../../shared/domain";
import { LANGUAGES } from "../../../shared/languages";
import { documentListQuerySchema } from "../../../shared/schemas/documents";
import type { DocumentFilters } from "../../api/documents";
import { EMPTY_FILTERS } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";

/** The filters as the query schema takes them: no key for "any". */
const asQuery = (filters: DocumentFilters) => Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value === "" && key !== "q" ? undefined : value]));

const definedOnly = <T extends object>(values: T): Partial<T> => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Search and filters of the library; applying them puts them in the address, so a search can be shared. */
export function DocumentFiltersForm({ filters, onApply }: { filters: DocumentFilters; onApply(filters: DocumentFilters): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(documentListQuerySchema, asQuery(filters));
  const any = Object.values(filters).some(Boolean);

  return (
    <Form form={form} className="filters" role="search" aria-label={t("documents.searchLabel")} idPrefix="documents" onSubmit={(values) => onApply({ ...EMPTY_FILTERS, ...definedOnly(values) })}>
      <TextInput name="q" type="search" label={t("documents.search")} hint={t("documents.searchHint")} maxLength={200} />
      <div className="filters-grid">
        <Select
          name="tag"
          label={t("documents.tag")}
          placeholder={t("documents.anyTag")}
          emptyAs="absent"
          options={[
            { label: t("documents.exploitationForms"), options: EXPLOITATION_FORMS.map((tag) => ({ value: tag, label: t(`documentTag.${tag}`) })) },
            { label: t("documents.domains"), options: DOMAINS.map((tag) => ({ value: tag, label: t(`documentTag.${tag}`) })) },
          ]}
        />
        <Select name="country" label={t("documents.country")} placeholder={t("documents.anyCountry")} emptyAs="absent" options={COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))} />
        <Select name="classification" label={t("documents.classification")} placeholder={t("documents.anyClassification")} emptyAs="absent" options={CLASSIFICATIONS.map((value) => ({ value, label: t(`classification.${value}`) }))} />
        <Select name="status" label={t("documents.status")} placeholder={t("documents.anyStatus")} emptyAs="absent" options={DOCUMENT_STATUSES.map((value) => ({ value, label: t(`documentStatus.${value}`) }))} />
        <Select name="language" label={t("documents.language")} placeholder={t("documents.anyLanguage")} emptyAs="absent" options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))} />
      </div>
      <div className="button-group">
        <SubmitButton>{t("documents.applyFilters")}</SubmitButton>
        {any && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              form.reset(asQuery(EMPTY_FILTERS));
              onApply(EMPTY_FILTERS);
            }}
          >
            {t("documents.clearFilters")}
          </button>
        )}
      </div>
    </Form>
  );
}
