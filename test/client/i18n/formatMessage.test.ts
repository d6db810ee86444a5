import { expect } from "chai";
import { formatMessage } from "../../../client/i18n/formatMessage";
import { nl } from "../../../client/i18n/nl";

describe("client/i18n/formatMessage", () => {
  it("fills placeholders and leaves those without a value", () => {
    expect(formatMessage("Welcome, {name}", { name: "Anna" }, "en-GB")).to.equal("Welcome, Anna");
    expect(formatMessage("Welcome, {name}", undefined, "en-GB")).to.equal("Welcome, {name}");
  });

  it("chooses the plural form by the language's rules, # being the number", () => {
    const message = "{count, plural, one {# onthouding} other {# onthoudingen}}";
    expect(formatMessage(message, { count: 1 }, "nl-BE")).to.equal("1 onthouding");
    expect(formatMessage(message, { count: 0 }, "nl-BE")).to.equal("0 onthoudingen");
    expect(formatMessage(message, { count: 2 }, "nl-BE")).to.equal("2 onthoudingen");
    // French counts 0 and 1 as singular.
    expect(formatMessage("{n, plural, one {# abstention} other {# abstentions}}", { n: 0 }, "fr-BE")).to.equal("0 abstention");
  });

  it("takes an exact case first, and placeholders inside the cases", () => {
    const message = "{count, plural, =0 {Nothing for {name}} one {One for {name}} other {# for {name}}}";
    expect(formatMessage(message, { count: 0, name: "Anna" }, "en-GB")).to.equal("Nothing for Anna");
    expect(formatMessage(message, { count: 1, name: "Anna" }, "en-GB")).to.equal("One for Anna");
    expect(formatMessage(message, { count: 5, name: "Anna" }, "en-GB")).to.equal("5 for Anna");
  });

  it("words the Dutch catalogue's counts right", () => {
    expect(formatMessage(nl["meetings.decision.voteSummary"], { for: 7, against: 2, abstain: 1 }, "nl-BE")).to.equal("Stemming: 7 voor, 2 tegen, 1 onthouding");
    expect(formatMessage(nl["meetings.myActions.overdue"], { count: 1 }, "nl-BE")).to.equal("1 van uw actiepunten is te laat.");
    expect(formatMessage(nl["meetings.myActions.overdue"], { count: 3 }, "nl-BE")).to.equal("3 van uw actiepunten zijn te laat.");
  });
});
