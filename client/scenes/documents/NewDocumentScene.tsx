import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { DOCUMENT_TEMPLATES, type DocumentTemplate } from "../../../shared/documents";
import { createDocumentSchema } from "../../../shared/schemas/documents";
import { createDocument } from "../../api/documents";
import { DocumentDetailsFields, detailsIds, type DocumentDetails } from "../../components/documents/DocumentDetailsFields";
import { ErrorSummary } from "../../components/form/ErrorSummary";
import { SelectField } from "../../components/form/SelectField";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useForm } from "../../components/form/useForm";
import { schemaErrors } from "../../components/form/validation";
import { Notice } from "../../components/Notice";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import "../../styles/documents.css";

const PREFIX = "new-document";
const ids = { ...detailsIds(PREFIX), template: `${PREFIX}-template` };

/** Create a document, blank or from the good-practice template, then go straight to writing it. */
export function NewDocumentScene() {
  const { t } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const form = useForm();
  const [details, setDetails] = useState<DocumentDetails>({ title: "", language: account.language, countries: [], tags: [], classification: "internal" });
  const [template, setTemplate] = useState<DocumentTemplate>("good_practice");
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

  const input = { ...details, title: details.title.trim(), template, memberIds: [] };

  return (
    <div className="page">
      <Link to="/documents" className="back-link">
        {t("documents.backToLibrary")}
      </Link>
      <h1>{t("documents.newTitle")}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit({
            validate: () =>
              schemaErrors(createDocumentSchema, input, [{ path: "title", id: ids.title, missing: "documents.titleMissing", tooLong: "documents.titleTooLong" }], t),
            action: async () => {
              const created = await createDocument(input);
              await navigate(`/documents/${encodeURIComponent(created.id)}`);
            },
            fields: { title: ids.title, language: ids.language, classification: ids.classification },
          });
        }}
      >
        <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
        <DocumentDetailsFields idPrefix={PREFIX} value={details} onChange={setDetails} errors={form.errors.fields} />
        {details.classification === "restricted" && <Notice kind="info">{t("documents.restrictedAfterCreate")}</Notice>}
        <SelectField
          id={ids.template}
          label={t("documents.template")}
          hint={t("documents.templateHint")}
          value={template}
          onChange={(next) => setTemplate(next as DocumentTemplate)}
          options={DOCUMENT_TEMPLATES.map((value) => ({ value, label: t(`template.${value}`) }))}
        />
        <SubmitButton busy={form.busy}>{t("documents.create")}</SubmitButton>
      </form>
    </div>
  );
}
