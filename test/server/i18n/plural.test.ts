import { expect } from "chai";
import { pluralIn } from "../../../server/i18n/plural";
import { minutesLabels, voteCounts } from "../../../server/meetings/minutesLabels";

describe("server/i18n/plural: counted words in e-mails, minutes and PDF exports", () => {
  it("chooses the form with Intl.PluralRules of the locale (Dutch and English: 0 is plural; French: 0 and 1 are singular)", () => {
    const forms = { one: "{count} onthouding", other: "{count} onthoudingen" };
    expect([0, 1, 2].map((count) => pluralIn("nl-BE", forms, count))).to.deep.equal(["0 onthoudingen", "1 onthouding", "2 onthoudingen"]);
    const french = { one: "{count} abstention", other: "{count} abstentions" };
    expect([0, 1, 2].map((count) => pluralIn("fr-BE", french, count))).to.deep.equal(["0 abstention", "1 abstention", "2 abstentions"]);
    expect(pluralIn("en-GB", { one: "{count} item in {meeting}", other: "{count} items in {meeting}" }, 1, { meeting: "Budget" })).to.equal("1 item in Budget");
    expect(pluralIn("nl-BE", { other: "{count} keer" }, 1)).to.equal("1 keer");
  });

  it("writes the vote counts of the minutes and the archive PDF with the right plural in every language", () => {
    const one = { for: 5, against: 0, abstain: 1 };
    expect(voteCounts(minutesLabels("nl"), one)).to.equal("5 voor, 0 tegen, 1 onthouding");
    expect(voteCounts(minutesLabels("nl"), { ...one, abstain: 2 })).to.equal("5 voor, 0 tegen, 2 onthoudingen");
    expect(voteCounts(minutesLabels("nl"), { for: 3, against: 1, abstain: null })).to.equal("3 voor, 1 tegen, 0 onthoudingen");
    expect(voteCounts(minutesLabels("fr"), { ...one, abstain: 0 })).to.equal("5 pour, 0 contre, 0 abstention");
    expect(voteCounts(minutesLabels("fr"), { ...one, abstain: 3 })).to.equal("5 pour, 0 contre, 3 abstentions");
    expect(voteCounts(minutesLabels("en"), one)).to.equal("5 for, 0 against, 1 abstention");
    expect(voteCounts(minutesLabels("en"), { ...one, abstain: 4 })).to.equal("5 for, 0 against, 4 abstentions");
  });
});
