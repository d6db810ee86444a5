import { readFileSync } from "node:fs";
import { expect } from "chai";
import { PERSON_COLOURS, personColour, personColourSlot, slotOfColour } from "../../shared/personColours";

describe("shared: person colours", () => {
  it("are the --color-person-N design tokens, in order", () => {
    const css = readFileSync(new URL("../../client/styles/tokens.css", import.meta.url), "utf8");
    const tokens = [...css.matchAll(/--color-person-(\d+):\s*(#[0-9a-fA-F]{6})/g)].map((match) => [Number(match[1]), match[2]!.toLowerCase()]);
    expect(tokens).to.deep.equal(PERSON_COLOURS.map((colour, index) => [index + 1, colour]));
  });

  it("give a person the same colour everywhere, derived from the user id", () => {
    const id = "65a1f0c2e4b0a1b2c3d4e5f6";
    expect(personColourSlot(id)).to.be.within(1, PERSON_COLOURS.length);
    expect(personColour(id)).to.equal(PERSON_COLOURS[personColourSlot(id) - 1]);
    expect(slotOfColour(personColour(id).toUpperCase())).to.equal(personColourSlot(id));
    expect(slotOfColour("#123456")).to.equal(undefined);
    expect(slotOfColour(42)).to.equal(undefined);
  });
});
