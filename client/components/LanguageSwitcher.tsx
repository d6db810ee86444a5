import { LANGUAGES } from "../../shared/languages";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../session/SessionProvider";

/** Three buttons, each labelled in its own language so anyone can find theirs. Signed in, the choice is also saved to the account. */
export function LanguageSwitcher() {
  const { language, t } = useI18n();
  const { chooseLanguage } = useSession();
  return (
    <div className="language-switcher" role="group" aria-label={t("language.switcherLabel")}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          className={language === code ? "language-option is-active" : "language-option"}
          onClick={() => chooseLanguage(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
