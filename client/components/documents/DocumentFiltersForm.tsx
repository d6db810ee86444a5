import { useState } from "react";
import { CLASSIFICATIONS, DOCUMENT_STATUSES, DOMAINS, EXPLOITATION_FORMS, type DocumentTag } from "../../../shared/documents";
import { COUNTRIES } from "../../../shared/domain";
import { LANGUAGES } from "../../../shared/languages";
import type { DocumentFilters } from "../../api/documents";
import { EMPTY_FILTERS } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { FieldFrame } from "../form/Field";
import { SelectField } from "../form/SelectField";
import { TextField } from "../form/TextField";

/** Search and filters of the library; applying them puts them in the address, so a search can be shared. */
export function DocumentFiltersForm({ filters, onApply }: { filters: DocumentFilters; onApply(filters: DocumentFilters): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<DocumentFilters>(filters);
  const set = (patch: Partial<DocumentFilters>) => setDraft((current) => ({ ...current, ...patch }));
  const any = Object.values(filters).some(Boolean);

  return (
    <form
      className="filters"
      role="search"
      aria-label={t("documents.searchLabel")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...draft, q: draft.q.trim() });
      }}
    >
      <TextField id="documents-q" type="search" label={t("documents.search")} hint={t("documents.searchHint")} value={draft.q} onChange={(q) => set({ q })} maxLength={200} />
      <div className="filters-grid">
        <FieldFrame id="documents-tag" label={t("documents.tag")}>
          <select id="documents-tag" className="select" value={draft.tag} onChange={(event) => set({ tag: event.target.value as DocumentTag | "" })}>
            <option value="">{t("documents.anyTag")}</option>
            <optgroup label={t("documents.exploitationForms")}>
              {EXPLOITATION_FORMS.map((tag) => (
                <option key={tag} value={tag}>
                  {t(`documentTag.${tag}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("documents.domains")}>
              {DOMAINS.map((tag) => (
                <option key={tag} value={tag}>
                  {t(`documentTag.${tag}`)}
                </option>
              ))}
            </optgroup>
          </select>
        </FieldFrame>
        <SelectField
          id="documents-country"
          label={t("documents.country")}
          value={draft.country}
          onChange={(country) => set({ country: country as DocumentFilters["country"] })}
          placeholder={t("documents.anyCountry")}
          options={COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
        />
        <SelectField
          id="documents-classification"
          label={t("documents.classification")}
          value={draft.classification}
          onChange={(classification) => set({ classification: classification as DocumentFilters["classification"] })}
          placeholder={t("documents.anyClassification")}
          options={CLASSIFICATIONS.map((value) => ({ value, label: t(`classification.${value}`) }))}
        />
        <SelectField
          id="documents-status"
          label={t("documents.status")}
          value={draft.status}
          onChange={(status) => set({ status: status as DocumentFilters["status"] })}
          placeholder={t("documents.anyStatus")}
          options={DOCUMENT_STATUSES.map((value) => ({ value, label: t(`documentStatus.${value}`) }))}
        />
        <SelectField
          id="documents-language"
          label={t("documents.language")}
          value={draft.language}
          onChange={(language) => set({ language: language as DocumentFilters["language"] })}
          placeholder={t("documents.anyLanguage")}
          options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button-primary">
          {t("documents.applyFilters")}
        </button>
        {any && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDraft(EMPTY_FILTERS);
              onApply(EMPTY_FILTERS);
            }}
          >
            {t("documents.clearFilters")}
          </button>
        )}
      </div>
    </form>
  );
}
