import { LANGUAGES } from "../../../shared/languages";
import { useI18n } from "../../i18n/I18nProvider";
import { Select } from "./Select";

/** Language names are written in their own language so everyone finds theirs. */
export function LanguageSelect({ name = "language", hint, label }: { name?: string; hint?: string; label?: string }) {
  const { t } = useI18n();
  return <Select name={name} label={label ?? t("field.language.label")} hint={hint} options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`), lang: code }))} />;
}
