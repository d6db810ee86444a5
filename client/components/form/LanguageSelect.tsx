import { LANGUAGES, type Language } from "../../../shared/languages";
import { useI18n } from "../../i18n/I18nProvider";
import { SelectField } from "./SelectField";

/** Language names are written in their own language so everyone finds theirs. */
export function LanguageSelect({ id, value, onChange, error, hint }: { id: string; value: Language; onChange(value: Language): void; error?: string; hint?: string }) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t("field.language.label")}
      hint={hint}
      error={error}
      value={value}
      onChange={(next) => onChange(next as Language)}
      options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`), lang: code }))}
    />
  );
}
