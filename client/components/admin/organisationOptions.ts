import type { PresentedOrganisation } from "../../../shared/types";
import type { Translate } from "../../i18n/I18nProvider";
import type { SelectOption } from "../form/Select";

/** "Politie Antwerpen (Belgium, police)", sorted by name in the user's language. */
export function organisationOptions(organisations: PresentedOrganisation[], t: Translate): SelectOption[] {
  return [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${t(`country.${organisation.country}`)}, ${t(`organisationType.${organisation.discipline}`)})`,
    }));
}
