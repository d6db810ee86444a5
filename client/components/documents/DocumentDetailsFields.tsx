import { DOCUMENT_LIMITS, DOMAINS, EXPLOITATION_FORMS, type Classification, type DocumentTag } from "../../../shared/documents";
import { COUNTRIES, type Country } from "../../../shared/domain";
import type { Language } from "../../../shared/languages";
import { useI18n } from "../../i18n/I18nProvider";
import { LanguageSelect } from "../form/LanguageSelect";
import { TextField } from "../form/TextField";
import { ChoiceCheckboxes } from "./ChoiceCheckboxes";
import { ClassificationSelect } from "./ClassificationSelect";

export interface DocumentDetails {
  title: string;
  language: Language;
  countries: Country[];
  tags: DocumentTag[];
  classification: Classification;
}

export const detailsIds = (prefix: string) => ({
  title: `${prefix}-title`,
  language: `${prefix}-language`,
  classification: `${prefix}-classification`,
});

/**
 * Title, language, countries, tags and classification: the same fields when creating a document
 * and in its settings. Classification may be locked for people who cannot manage the document.
 */
export function DocumentDetailsFields({
  idPrefix,
  value,
  onChange,
  errors,
  canClassify = true,
}: {
  idPrefix: string;
  value: DocumentDetails;
  onChange(value: DocumentDetails): void;
  errors: Record<string, string>;
  canClassify?: boolean;
}) {
  const { t } = useI18n();
  const ids = detailsIds(idPrefix);
  const set = (patch: Partial<DocumentDetails>) => onChange({ ...value, ...patch });
  // Tags are one list on the server, two groups on the page.
  const forms = value.tags.filter((tag) => (EXPLOITATION_FORMS as readonly string[]).includes(tag));
  const domains = value.tags.filter((tag) => (DOMAINS as readonly string[]).includes(tag));

  return (
    <>
      <TextField
        id={ids.title}
        label={t("documents.title")}
        hint={t("documents.titleHint")}
        value={value.title}
        onChange={(title) => set({ title })}
        error={errors[ids.title]}
        maxLength={DOCUMENT_LIMITS.titleMax}
      />
      <LanguageSelect id={ids.language} value={value.language} onChange={(language) => set({ language })} hint={t("documents.languageHint")} />
      <ChoiceCheckboxes
        idPrefix={`${idPrefix}-countries`}
        legend={t("documents.countries")}
        hint={t("documents.countriesHint")}
        choices={COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
        selected={value.countries}
        onChange={(countries) => set({ countries })}
      />
      <ChoiceCheckboxes
        idPrefix={`${idPrefix}-forms`}
        legend={t("documents.exploitationForms")}
        hint={t("documents.tagsHint")}
        choices={EXPLOITATION_FORMS.map((tag) => ({ value: tag, label: t(`documentTag.${tag}`) }))}
        selected={forms}
        onChange={(next) => set({ tags: [...next, ...domains] })}
      />
      <ChoiceCheckboxes
        idPrefix={`${idPrefix}-domains`}
        legend={t("documents.domains")}
        choices={DOMAINS.map((tag) => ({ value: tag, label: t(`documentTag.${tag}`) }))}
        selected={domains}
        onChange={(next) => set({ tags: [...forms, ...next] })}
      />
      <ClassificationSelect id={ids.classification} value={value.classification} onChange={(classification) => set({ classification })} disabled={!canClassify} />
    </>
  );
}
