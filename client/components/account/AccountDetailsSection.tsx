import { useState } from "react";
import { updateAccountSchema } from "../../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import type { Language } from "../../../shared/languages";
import { updateAccount } from "../../api/account";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount, useSession } from "../../session/SessionProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { LanguageSelect } from "../form/LanguageSelect";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { nameRule, schemaErrors } from "../form/validation";
import { Notice } from "../Notice";

/** What others see of you (name), what you see (language), and what only the secretariat changes. */
export function AccountDetailsSection() {
  const { t, formatDateTime } = useI18n();
  const account = useAccount();
  const { setAccount } = useSession();
  const form = useForm();
  const [name, setName] = useState(account.name);
  const [language, setLanguage] = useState<Language>(account.language);
  const [saved, setSaved] = useState(false);

  const submit = () => {
    setSaved(false);
    return form.submit({
      validate: () => schemaErrors(updateAccountSchema, { name, language }, [nameRule("account-name")], t),
      action: async () => {
        setAccount(await updateAccount({ name: name.trim(), language }));
        setSaved(true);
      },
      fields: { name: "account-name", language: "account-language" },
    });
  };

  return (
    <section className="section">
      <h2 id="account-details-title">{t("account.detailsTitle")}</h2>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t("field.email.label")}</dt>
          <dd>{account.email}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("field.role.label")}</dt>
          <dd>{t(`role.${account.role}`)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("field.organisation.label")}</dt>
          <dd>{account.organisation ? `${account.organisation.name} (${t(`country.${account.organisation.country}`)})` : t("common.none")}</dd>
        </div>
        {account.accessUntil && (
          <div className="summary-row">
            <dt>{t("field.accessUntil.label")}</dt>
            <dd>{formatDateTime(account.accessUntil, { dateStyle: "long" })}</dd>
          </div>
        )}
      </dl>
      <p className="meta">{t("account.askSecretariat")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      {saved && <Notice kind="success">{t("account.detailsSaved")}</Notice>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField id="account-name" label={t("field.name.label")} autoComplete="name" value={name} onChange={setName} error={form.fieldError("account-name")} maxLength={ACCOUNT_LIMITS.nameMax} />
        <LanguageSelect id="account-language" value={language} onChange={setLanguage} error={form.fieldError("account-language")} hint={t("field.language.hint")} />
        <SubmitButton busy={form.busy} variant="secondary">
          {t("account.saveDetails")}
        </SubmitButton>
      </form>
    </section>
  );
}
