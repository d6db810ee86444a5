import { useEffect, useState } from "react";
import { getSettings, updateSettings } from "../../api/admin";
import { useResource } from "../../api/useResource";
import { CheckboxField } from "../../components/form/CheckboxField";
import { ErrorSummary } from "../../components/form/ErrorSummary";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useForm } from "../../components/form/useForm";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { Notice } from "../../components/Notice";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

/** Security settings that apply to everyone. */
export function SettingsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(getSettings);
  const form = useForm();
  const [require2fa, setRequire2fa] = useState(false);
  const [saved, setSaved] = useState(false);
  usePageTitle(t("settings.title"));

  const loaded = resource.status === "ready" ? resource.data.require2faForAll : null;
  useEffect(() => {
    if (loaded !== null) setRequire2fa(loaded);
  }, [loaded]);

  const submit = () => {
    setSaved(false);
    return form.submit({
      action: async () => {
        const settings = await updateSettings({ require2faForAll: require2fa });
        update(() => settings);
        setSaved(true);
      },
      fields: { require2faForAll: "settings-require-2fa" },
    });
  };

  return (
    <div className="page">
      <h1>{t("settings.title")}</h1>
      {resource.status === "loading" && <Loading />}
      {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
      {resource.status === "ready" && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
          {saved && <Notice kind="success">{t("settings.saved")}</Notice>}
          <fieldset className="fieldset">
            <legend className="fieldset-legend">{t("settings.twoFactorLegend")}</legend>
            <CheckboxField id="settings-require-2fa" label={t("settings.require2fa")} hint={t("settings.require2faHint")} checked={require2fa} onChange={setRequire2fa} />
          </fieldset>
          <SubmitButton busy={form.busy}>{t("settings.save")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
