import { useState } from "react";
import { settingsSchema } from "../../../shared/schemas/accounts";
import type { PresentedSettings } from "../../../shared/types";
import { getSettings, updateSettings } from "../../api/admin";
import { useResource } from "../../api/useResource";
import { MailStatusSection } from "../../components/admin/MailStatusSection";
import { Checkbox } from "../../components/form/Checkbox";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { ServerHealth } from "../../components/ServerHealth";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

/** Security settings that apply to everyone, and the state of outgoing e-mail. */
export function SettingsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(getSettings);
  usePageTitle(t("settings.title"));

  return (
    <div className="page">
      <h1>{t("settings.title")}</h1>
      <ResourceView resource={resource} onRetry={reload}>
        {(settings) => (
          <>
            <SettingsForm settings={settings} onSaved={(next) => update(() => next)} />
            <MailStatusSection mail={settings.mail} />
          </>
        )}
      </ResourceView>
      {/* Whether the server and its database answer: for those who look after the workspace. */}
      <ServerHealth />
    </div>
  );
}

function SettingsForm({ settings, onSaved }: { settings: PresentedSettings; onSaved(settings: PresentedSettings): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(settingsSchema, { require2faForAll: settings.require2faForAll, includeExcerpts: settings.includeExcerpts });
  const [saved, setSaved] = useState(false);
  return (
    <Form
      form={form}
      idPrefix="settings"
      onSubmit={async (values) => {
        setSaved(false);
        onSaved(await updateSettings(values));
        setSaved(true);
      }}
    >
      {saved && <Notice kind="success">{t("settings.saved")}</Notice>}
      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t("settings.twoFactorLegend")}</legend>
        <Checkbox name="require2faForAll" label={t("settings.require2fa")} hint={t("settings.require2faHint")} />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t("mail.privacyLegend")}</legend>
        <Checkbox name="includeExcerpts" label={t("mail.includeExcerpts")} hint={t("mail.includeExcerptsHint")} />
      </fieldset>
      <SubmitButton>{t("settings.save")}</SubmitButton>
    </Form>
  );
}
