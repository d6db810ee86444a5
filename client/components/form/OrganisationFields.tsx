import { COUNTRIES, DISCIPLINES, type Country, type Discipline } from "../../../shared/domain";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { useI18n } from "../../i18n/I18nProvider";
import { SelectField } from "./SelectField";
import { TextField } from "./TextField";

export interface OrganisationValues {
  name: string;
  discipline: Discipline | "";
  country: Country | "";
}

export const organisationIds = (prefix: string) => ({
  name: `${prefix}-organisation-name`,
  discipline: `${prefix}-organisation-discipline`,
  country: `${prefix}-organisation-country`,
});

/** Name, discipline and country of an organisation, used when creating one. */
export function OrganisationFields({ idPrefix, value, onChange, errors }: { idPrefix: string; value: OrganisationValues; onChange(value: OrganisationValues): void; errors: Record<string, string> }) {
  const { t } = useI18n();
  const ids = organisationIds(idPrefix);
  return (
    <>
      <TextField
        id={ids.name}
        label={t("field.organisationName.label")}
        hint={t("field.organisationName.hint")}
        autoComplete="organization"
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        error={errors[ids.name]}
        maxLength={ACCOUNT_LIMITS.organisationMax}
      />
      <SelectField
        id={ids.discipline}
        label={t("field.organisationType.label")}
        value={value.discipline}
        onChange={(discipline) => onChange({ ...value, discipline: discipline as Discipline })}
        error={errors[ids.discipline]}
        placeholder={t("common.choose")}
        options={DISCIPLINES.map((discipline) => ({ value: discipline, label: t(`organisationType.${discipline}`) }))}
      />
      <SelectField
        id={ids.country}
        label={t("field.country.label")}
        value={value.country}
        onChange={(country) => onChange({ ...value, country: country as Country })}
        error={errors[ids.country]}
        placeholder={t("common.choose")}
        options={COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
      />
    </>
  );
}

/** Validation rules for the three fields, under `path` in the schema ("organisation" or ""). */
export function organisationRules(idPrefix: string, path: string) {
  const ids = organisationIds(idPrefix);
  const at = (field: string) => (path ? `${path}.${field}` : field);
  return [
    { path: at("name"), id: ids.name, missing: "field.organisationName.missing", tooLong: "field.organisationName.tooLong" },
    { path: at("discipline"), id: ids.discipline, missing: "field.organisationType.missing" },
    { path: at("country"), id: ids.country, missing: "field.country.missing" },
  ] as const;
}
