import { COUNTRIES, DISCIPLINES } from "../../../shared/domain";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { useI18n } from "../../i18n/I18nProvider";
import { Select } from "./Select";
import { TextInput } from "./TextInput";

/** Name, discipline and country of a new organisation, under `prefix` in the form ("organisation." or ""). */
export function OrganisationFields({ prefix = "" }: { prefix?: string }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput
        name={`${prefix}name`}
        label={t("field.organisationName.label")}
        hint={t("field.organisationName.hint")}
        autoComplete="organization"
        messages={{ missing: "field.organisationName.missing", tooLong: "field.organisationName.tooLong" }}
        maxLength={ACCOUNT_LIMITS.organisationMax}
      />
      <Select
        name={`${prefix}discipline`}
        label={t("field.organisationType.label")}
        messages={{ missing: "field.organisationType.missing" }}
        placeholder={t("common.choose")}
        options={DISCIPLINES.map((discipline) => ({ value: discipline, label: t(`organisationType.${discipline}`) }))}
      />
      <Select
        name={`${prefix}country`}
        label={t("field.country.label")}
        messages={{ missing: "field.country.missing" }}
        placeholder={t("common.choose")}
        options={COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
      />
    </>
  );
}
