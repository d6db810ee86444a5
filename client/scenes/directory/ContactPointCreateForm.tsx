import { CONTACT_TAGS, DIRECTORY_LANGUAGES } from "../../../shared/directory";
import type { PresentedContactPoint } from "../../../shared/directoryTypes";
import { contactPointInputSchema } from "../../../shared/schemas/directory";
import { createContactPoint } from "../../api/directory";
import { languageName } from "../../components/directory/directoryWords";
import { CheckboxGroup } from "../../components/form/Checkbox";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextArea, TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";
import { ContactChannelFields } from "./ContactChannelFields";

const blank = (organisationId: string) => ({
  organisationId,
  kind: "function" as const,
  name: "",
  function: "",
  channels: { phone: "", mobile: "", email: "", secureEmail: "", hours: "" },
  tags: [],
  languages: [],
  notes: "",
});

/** Adds a function-based entry or a named person to an organisation (its members, named editors, the secretariat). */
export function ContactPointCreateForm({ organisationId, onCreated, onCancel }: { organisationId: string; onCreated(created: PresentedContactPoint): void; onCancel(): void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(contactPointInputSchema, blank(organisationId));
  const person = form.watch("kind") === "person";
  return (
    <Form form={form} idPrefix="new-contact-point" aria-labelledby="new-contact-point-title" onSubmit={async (input) => onCreated(await createContactPoint(input))}>
      <h3 id="new-contact-point-title">{t("organisation.addContactPoint")}</h3>
      {/* Not a question, but part of the input: registered, so that it is sent. */}
      <input type="hidden" {...form.register("organisationId")} />
      <Select name="kind" label={t("directory.kind")} options={(["function", "person"] as const).map((k) => ({ value: k, label: t(`directory.kind.${k}`) }))} />
      {person && <TextInput name="name" label={t("organisation.personName")} />}
      <ContactChannelFields person={person} />
      <CheckboxGroup name="tags" legend={t("directory.tags")} size="small" choices={CONTACT_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))} />
      <details>
        <summary>{t("directory.languages")}</summary>
        <CheckboxGroup name="languages" legend={t("directory.languages")} size="small" choices={DIRECTORY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) }))} />
      </details>
      <TextArea name="notes" label={t("contactPoint.notes")} />
      <div className="button-group">
        <SubmitButton>{t("organisation.addContactPoint")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("contactPoint.cancel")}
        </button>
      </div>
    </Form>
  );
}
