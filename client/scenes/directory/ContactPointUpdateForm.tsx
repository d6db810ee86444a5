import type { PresentedContactPoint } from "../../../shared/directoryTypes";
import { contactPointUpdateSchema } from "../../../shared/schemas/directory";
import { updateContactPoint } from "../../api/directory";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextArea, TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

/** "Update" in the verification cycle: the function, the channels and the notes; saving also confirms the entry. */
export function ContactPointUpdateForm({ entry, onSaved, onCancel }: { entry: PresentedContactPoint; onSaved(next: PresentedContactPoint): void; onCancel(): void }) {
  const { t } = useI18n();
  const person = entry.kind === "person";
  const form = useSchemaForm(contactPointUpdateSchema, {
    function: entry.function,
    channels: { ...entry.channels, mobile: entry.channels.mobile ?? "" },
    notes: entry.notes,
  });
  return (
    <Form form={form} idPrefix="contact-point" aria-labelledby="contact-point-update" onSubmit={async (values) => onSaved(await updateContactPoint(entry.id, values))}>
      <h3 id="contact-point-update">{t("contactPoint.updateTitle")}</h3>
      <p className="meta">{t("contactPoint.updateIntro")}</p>
      <TextInput name="function" label={t("contactPoint.function")} />
      <TextInput name="channels.phone" label={t("contactPoint.phone")} type="tel" width="20" />
      {person && <TextInput name="channels.mobile" label={t("contactPoint.mobile")} type="tel" width="20" />}
      <TextInput name="channels.email" label={t("contactPoint.email")} type="email" />
      <TextInput name="channels.secureEmail" label={t("contactPoint.secureEmail")} type="email" />
      <TextInput name="channels.hours" label={t("contactPoint.hours")} />
      <TextArea name="notes" label={t("contactPoint.notes")} />
      <div className="button-group">
        <SubmitButton>{t("contactPoint.save")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("contactPoint.cancel")}
        </button>
      </div>
    </Form>
  );
}
