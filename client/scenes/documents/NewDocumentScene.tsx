import { Link, useNavigate } from "react-router";
import { DOCUMENT_TEMPLATES } from "../../../shared/documents";
import { createDocumentSchema } from "../../../shared/schemas/documents";
import { createDocument } from "../../api/documents";
import { DocumentDetailsFields } from "../../components/documents/DocumentDetailsFields";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import "../../styles/documents.css";

/** Create a document, blank or from the good-practice template, then go straight to writing it. */
export function NewDocumentScene() {
  const { t } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const form = useSchemaForm(createDocumentSchema, { title: "", language: account.language, countries: [], tags: [], classification: "internal", template: "good_practice" });
  const restricted = form.watch("classification") === "restricted";
  usePageTitle(t("documents.newTitle"));

  if (account.role === "observer") {
    return (
      <div className="page">
        <h1>{t("documents.newTitle")}</h1>
        <p>{t("documents.observersCannotCreate")}</p>
        <p>
          <Link to="/documents">{t("documents.backToLibrary")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <Link to="/documents" className="back-link">
        {t("documents.backToLibrary")}
      </Link>
      <h1>{t("documents.newTitle")}</h1>
      <Form
        form={form}
        idPrefix="new-document"
        onSubmit={async (input) => {
          const created = await createDocument(input);
          await navigate(`/documents/${encodeURIComponent(created.id)}`);
        }}
      >
        <DocumentDetailsFields />
        {restricted && <Notice kind="info">{t("documents.restrictedAfterCreate")}</Notice>}
        <Select name="template" label={t("documents.template")} hint={t("documents.templateHint")} options={DOCUMENT_TEMPLATES.map((value) => ({ value, label: t(`template.${value}`) }))} />
        <SubmitButton>{t("documents.create")}</SubmitButton>
      </Form>
    </div>
  );
}
