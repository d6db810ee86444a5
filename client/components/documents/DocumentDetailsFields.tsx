import { DOCUMENT_LIMITS, DOMAINS, EXPLOITATION_FORMS } from "../../../shared/documents";
import { COUNTRIES } from "../../../shared/domain";
import { useI18n } from "../../i18n/I18nProvider";
import { CheckboxGroup } from "../form/Checkbox";
import { LanguageSelect } from "../form/LanguageSelect";
import { TextInput } from "../form/TextInput";
import { ClassificationSelect } from "./ClassificationSelect";

/**
 * Title, language, countries, tags and classification: the same fields when creating a document
 * and in its settings. Classification may be locked for people who cannot manage the document.
 * Tags are one list on the server, two groups of checkboxes on the page.
 */
export function DocumentDetailsFields({ canClassify = true }: { canClassify?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput name="title" label={t("documents.title")} hint={t("documents.titleHint")} messages={{ missing: "documents.titleMissing", tooLong: "documents.titleTooLong" }} maxLength={DOCUMENT_LIMITS.titleMax} />
      <LanguageSelect hint={t("documents.languageHint")} />
      <CheckboxGroup name="countries" legend={t("documents.countries")} hint={t("documents.countriesHint")} choices={COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))} />
      <CheckboxGroup name="tags" idSuffix="forms" legend={t("documents.exploitationForms")} hint={t("documents.tagsHint")} choices={EXPLOITATION_FORMS.map((tag) => ({ value: tag, label: t(`documentTag.${tag}`) }))} />
      <CheckboxGroup name="tags" idSuffix="domains" legend={t("documents.domains")} choices={DOMAINS.map((tag) => ({ value: tag, label: t(`documentTag.${tag}`) }))} />
      <ClassificationSelect disabled={!canClassify} />
    </>
  );
}
