import { Link } from "react-router";
import type { PresentedDocument } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";

/** Language, countries and tags of a document, as a compact description list. */
export function DocumentFacts({ document }: { document: PresentedDocument }) {
  const { t } = useI18n();
  return (
    <dl className="document-facts">
      <div>
        <dt>{t("documents.language")}</dt>
        <dd lang={document.language}>{t(`language.${document.language}`)}</dd>
      </div>
      {document.countries.length > 0 && (
        <div>
          <dt>{t("documents.countries")}</dt>
          <dd>{document.countries.map((country) => t(`country.${country}`)).join(", ")}</dd>
        </div>
      )}
      {document.origin && (
        <div>
          <dt>{t("trainingGroups.origin.label")}</dt>
          <dd>
            <Link to={`/documents/${document.origin.documentId}`}>{t("trainingGroups.origin.case", { number: document.origin.group })}</Link>
            {" · "}
            <Link to={`/trainings/${document.origin.trainingId}`}>{t("trainingGroups.origin.training")}</Link>
          </dd>
        </div>
      )}
      {document.tags.length > 0 && (
        <div>
          <dt>{t("documents.tags")}</dt>
          <dd>
            <ul className="tag-list">
              {document.tags.map((tag) => (
                <li key={tag} className="tag">
                  {t(`documentTag.${tag}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
