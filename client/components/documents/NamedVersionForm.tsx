import { useState } from "react";
import { DOCUMENT_LIMITS } from "../../../shared/documents";
import { createVersionSchema } from "../../../shared/schemas/documents";
import type { PresentedDocumentVersion } from "../../../shared/types";
import { createVersion } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { schemaErrors } from "../form/validation";

/** "Save a named version": a name people will recognise later, like "Sent to the ministries". */
export function NamedVersionForm({ documentId, onCreated }: { documentId: string; onCreated(version: PresentedDocumentVersion): void }) {
  const { t } = useI18n();
  const form = useForm();
  const [name, setName] = useState("");
  return (
    <form
      noValidate
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => schemaErrors(createVersionSchema, { name }, [{ path: "name", id: "version-name", missing: "history.nameMissing", tooLong: "history.nameTooLong" }], t),
          action: async () => {
            onCreated(await createVersion(documentId, name.trim()));
            setName("");
          },
          fields: { name: "version-name" },
        });
      }}
    >
      <h2>{t("history.saveNamed")}</h2>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <TextField id="version-name" label={t("history.name")} hint={t("history.nameHint")} value={name} onChange={setName} error={form.fieldError("version-name")} maxLength={DOCUMENT_LIMITS.versionNameMax} />
      <SubmitButton busy={form.busy}>{t("history.saveNamed")}</SubmitButton>
    </form>
  );
}
