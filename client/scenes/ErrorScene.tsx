import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider";

/** When a page itself breaks (a bug, not a failed request): say so plainly and offer a way on. */
export function ErrorScene() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t("error.title")}</h1>
      <p>{t("error.body")}</p>
      <p>
        <Link to="/" reloadDocument>
          {t("notFound.home")}
        </Link>
      </p>
    </div>
  );
}
