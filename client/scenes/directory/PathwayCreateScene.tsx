import { Link, useNavigate, useSearchParams } from "react-router";
import { createPathway } from "../../api/directory";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { PathwayFields } from "./PathwayFields";
import { blankPathway, pathwayFormSchema } from "./pathwayFormValues";
import { isCountry } from "./PathwaysScene";
import "../../styles/directory.css";

/** The secretariat writes a new national or cross-border pathway (`?kind=cross_border&country=BE` preselects). The server decides who may. */
export function PathwayCreateScene() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const country = params.get("country");
  const form = useSchemaForm(pathwayFormSchema, blankPathway(params.get("kind") === "cross_border" ? "cross_border" : "national", isCountry(country) ? country : "BE", language));
  usePageTitle(t("pathways.newTitle"));
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory/pathways">{t("pathways.back")}</Link>
      </p>
      <Form
        form={form}
        idPrefix="new-pathway"
        aria-labelledby="new-pathway-heading"
        onSubmit={async (content) => {
          const created = await createPathway(content);
          void navigate(`/directory/pathways/${created.id}`, { state: { created: true } });
        }}
      >
        <h1 id="new-pathway-heading">{t("pathways.newTitle")}</h1>
        <p className="lead">{t("pathways.newIntro")}</p>
        <PathwayFields creating />
        <div className="button-group">
          <SubmitButton>{t("pathways.create")}</SubmitButton>
          <Link className="button-secondary" to="/directory/pathways">
            {t("pathways.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
