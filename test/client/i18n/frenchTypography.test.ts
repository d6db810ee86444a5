import { expect } from "chai";
import { fr } from "../../../client/i18n/fr";

/** French typography in every interface string: what a French reader expects, and what wraps well. */
describe("client/i18n French typography", () => {
  const entries = Object.entries(fr) as [string, string][];

  it("puts a no-break space, never a plain one, before : ; ? ! and inside « »", () => {
    const wrong = entries.filter(([, text]) => / [:;?!]|« | »/.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(wrong, wrong.join("\n")).to.deep.equal([]);
  });

  it("writes apostrophes as ’, the same everywhere", () => {
    const wrong = entries.filter(([, text]) => text.includes("'")).map(([key, text]) => `${key}: ${text}`);
    expect(wrong, wrong.join("\n")).to.deep.equal([]);
  });
});
