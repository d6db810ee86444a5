import type { PresentedContactPoint } from "../../../shared/directoryTypes";
import { contactPointUpdateSchema } from "../../../shared/schemas/directory";
import { updateContactPoint } from "../../api/directory";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextArea } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";
import { ContactChannelFields } from "./ContactChannelFields";

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
      <ContactChannelFields person={person} />
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
