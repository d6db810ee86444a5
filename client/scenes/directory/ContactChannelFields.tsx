import { TextInput } from "../../components/form/TextInput";
import { useI18n } from "../../i18n/I18nProvider";

/** A contact point's function and channels, the same in the add and the update form; a mobile number only for a named person. */
export function ContactChannelFields({ person }: { person: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput name="function" label={t("contactPoint.function")} />
      <TextInput name="channels.phone" label={t("contactPoint.phone")} type="tel" width="20" />
      {person && <TextInput name="channels.mobile" label={t("contactPoint.mobile")} type="tel" width="20" />}
      <TextInput name="channels.email" label={t("contactPoint.email")} type="email" />
      <TextInput name="channels.secureEmail" label={t("contactPoint.secureEmail")} type="email" />
      <TextInput name="channels.hours" label={t("contactPoint.hours")} />
    </>
  );
}
