import { DIRECTORY_LANGUAGES } from "../../../shared/directory";
import type { PresentedDirectoryOrganisation } from "../../../shared/directoryTypes";
import { directoryOrganisationUpdateSchema } from "../../../shared/schemas/directory";
import { updateDirectoryOrganisation } from "../../api/directory";
import { languageName } from "../../components/directory/directoryWords";
import { Checkbox, CheckboxGroup } from "../../components/form/Checkbox";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

/** The organisation's directory entry, for the secretariat, its members and named editors (the server decides). */
export function OrganisationEditForm({ organisation, onSaved, onCancel }: { organisation: PresentedDirectoryOrganisation; onSaved(next: PresentedDirectoryOrganisation): void; onCancel(): void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(directoryOrganisationUpdateSchema, {
    officialNames: organisation.officialNames,
    address: organisation.address,
    website: organisation.website,
    languages: organisation.languages,
    channels: organisation.channels,
  });
  const languages = DIRECTORY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) }));
  return (
    <Form form={form} idPrefix="organisation" aria-labelledby="organisation-edit" onSubmit={async (changes) => onSaved(await updateDirectoryOrganisation(organisation.id, changes))}>
      <h2 id="organisation-edit">{t("organisation.editTitle")}</h2>
      <fieldset className="fieldset">
        <legend className="field-label">{t("organisation.officialNames")}</legend>
        <TextInput name="officialNames.nl" label={t("language.nl")} lang="nl" />
        <TextInput name="officialNames.fr" label={t("language.fr")} lang="fr" />
        <TextInput name="officialNames.en" label={t("language.en")} lang="en" />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field-label">{t("organisation.address")}</legend>
        <TextInput name="address.street" label={t("organisation.street")} />
        <TextInput name="address.postalCode" label={t("organisation.postalCode")} width="10" />
        <TextInput name="address.city" label={t("organisation.city")} width="20" />
      </fieldset>
      <TextInput name="website" label={t("organisation.website")} type="url" />
      <fieldset className="fieldset">
        <legend className="field-label">{t("organisation.channels")}</legend>
        <TextInput name="channels.switchboard" label={t("organisation.switchboard")} type="tel" width="20" />
        <TextInput name="channels.secureMailbox" label={t("organisation.secureMailbox")} type="email" />
        <TextInput name="channels.hours" label={t("organisation.hours")} />
        <Checkbox name="channels.available24x7" label={t("organisation.available24x7")} />
      </fieldset>
      <details>
        <summary>{t("organisation.languagesServed")}</summary>
        <CheckboxGroup name="languages" legend={t("organisation.languagesServed")} size="small" choices={languages} />
      </details>
      <div className="button-group">
        <SubmitButton>{t("organisation.save")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("contactPoint.cancel")}
        </button>
      </div>
    </Form>
  );
}
