import { expect } from "chai";
import { organisationOptions } from "../../../../client/components/admin/organisationOptions";
import { nl } from "../../../../client/i18n/nl";
import type { Translate } from "../../../../client/i18n/I18nProvider";
import type { PresentedOrganisation } from "../../../../shared/types";

const t = ((key: keyof typeof nl) => nl[key]) as unknown as Translate;
const organisation = (name: string, country: string, discipline: string) => ({ id: name, name, country, discipline }) as unknown as PresentedOrganisation;

describe("client/components/admin/organisationOptions", () => {
  it("does not repeat what the name already says", () => {
    const labels = organisationOptions(
      [
        organisation("Secretariaat-generaal Benelux", "BE", "secretariat"),
        organisation("Politie Antwerpen", "BE", "police"),
        organisation("Payoke", "BE", "shelter_ngo"),
        organisation("Inspectie SZW Nederland", "NL", "labour_inspection"),
        organisation("Arbeidsinspectie Nederland", "NL", "labour_inspection"),
      ],
      t,
    ).map((o) => o.label);
    expect(labels).to.deep.equal([
      "Arbeidsinspectie Nederland",
      "Inspectie SZW Nederland (Arbeidsinspectie)",
      "Payoke (België, Opvangcentrum of ngo)",
      "Politie Antwerpen (België)",
      "Secretariaat-generaal Benelux (België)",
    ]);
  });

  it("folds case and accents when comparing", () => {
    expect(organisationOptions([organisation("Police judiciaire fédérale — Belgique", "BE", "police")], ((key: string) => ({ "country.BE": "Belgique", "organisationType.police": "Police" })[key]) as unknown as Translate)[0]!.label).to.equal("Police judiciaire fédérale — Belgique");
  });
});
