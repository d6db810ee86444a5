import type { PresentedOrganisation } from "../../../shared/types";
import type { Translate } from "../../i18n/I18nProvider";
import type { SelectOption } from "../form/Select";

const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase();

/**
 * "Politie Antwerpen (België)", "Payoke (Belgium, shelter or NGO)": the country and the discipline
 * after the name, each only when the name does not say it already ("Secretariaat-generaal Benelux"
 * is not followed by its own discipline's name). Sorted by name.
 */
export function organisationOptions(organisations: PresentedOrganisation[], t: Translate): SelectOption[] {
  return [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((organisation) => {
      const name = fold(organisation.name);
      const parts = [t(`country.${organisation.country}`), t(`organisationType.${organisation.discipline}`)].filter((part) => !name.includes(fold(part)));
      return { value: organisation.id, label: parts.length > 0 ? `${organisation.name} (${parts.join(", ")})` : organisation.name };
    });
}
