import { useI18n } from "../i18n/I18nProvider";
import { ServerHealth } from "../components/ServerHealth";

export function HomeScene() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <ServerHealth />
    </div>
  );
}
