import { DOCUMENT_LIMITS } from "../../../shared/documents";
import { createVersionSchema } from "../../../shared/schemas/documents";
import type { PresentedDocumentVersion } from "../../../shared/types";
import { createVersion } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";

/** "Save a named version": a name people will recognise later, like "Sent to the ministries". */
export function NamedVersionForm({ documentId, onCreated }: { documentId: string; onCreated(version: PresentedDocumentVersion): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(createVersionSchema, { name: "" });
  return (
    <Form
      form={form}
      className="card"
      idPrefix="version"
      onSubmit={async ({ name }) => {
        onCreated(await createVersion(documentId, name));
        form.reset({ name: "" });
      }}
    >
      <h2>{t("history.saveNamed")}</h2>
      <TextInput name="name" label={t("history.name")} hint={t("history.nameHint")} messages={{ missing: "history.nameMissing", tooLong: "history.nameTooLong" }} maxLength={DOCUMENT_LIMITS.versionNameMax} />
      <SubmitButton>{t("history.saveNamed")}</SubmitButton>
    </Form>
  );
}
