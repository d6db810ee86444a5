import { useState } from "react";
import { updateAccountSchema } from "../../../shared/schemas/accounts";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { updateAccount } from "../../api/account";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount, useSession } from "../../session/SessionProvider";
import { NAME_MESSAGES } from "../form/accountMessages";
import { Form } from "../form/Form";
import { LanguageSelect } from "../form/LanguageSelect";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";

/** What others see of you (name), what you see (language), and what only the secretariat changes. */
export function AccountDetailsSection() {
  const { t, formatDateTime } = useI18n();
  const account = useAccount();
  const { setAccount } = useSession();
  const form = useSchemaForm(updateAccountSchema, { name: account.name, language: account.language });
  const [saved, setSaved] = useState(false);

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
      {saved && <Notice kind="success">{t("account.detailsSaved")}</Notice>}
      <Form
        form={form}
        idPrefix="account"
        onSubmit={async (values) => {
          setSaved(false);
          setAccount(await updateAccount(values));
          setSaved(true);
        }}
      >
        <TextInput name="name" label={t("field.name.label")} autoComplete="name" messages={NAME_MESSAGES} maxLength={ACCOUNT_LIMITS.nameMax} />
        <LanguageSelect hint={t("field.language.hint")} />
        <SubmitButton variant="secondary">{t("account.saveDetails")}</SubmitButton>
      </Form>
    </section>
  );
}
