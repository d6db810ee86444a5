import { LANGUAGES } from "../../shared/languages";
import { useI18n } from "../i18n/I18nProvider";

/** Three buttons, each labelled in its own language so anyone can find theirs. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switcher" role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          className={language === code ? "language-option is-active" : "language-option"}
          onClick={() => setLanguage(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
