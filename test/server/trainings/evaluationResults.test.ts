import { expect } from "chai";
import { evaluationResults, groupResults, redactPersonalData } from "../../../server/trainings/evaluationResults";

const values = (groups: Record<string, number[]>) => Object.entries(groups).flatMap(([group, list]) => list.map((value) => ({ group, value })));

describe("trainings: evaluation results", () => {
  it("shows groups of at least the threshold and hides the smaller ones", () => {
    const result = groupResults(values({ BE: [5, 5, 4, 4, 3], NL: [2, 2, 2, 2, 2], LU: [1, 1, 1, 1, 1, 1] }), 5);
    expect(result.map((g) => [g.group, g.hidden, g.count, g.mean])).to.deep.equal([["BE", false, 5, 4.2], ["LU", false, 6, 1], ["NL", false, 5, 2]]);
  });

  it("hides the next smallest group too when the hidden ones alone could be worked out", () => {
    const result = groupResults(values({ BE: [5, 5, 5, 5, 5, 5], NL: [4, 4, 4, 4, 4], LU: [1] }), 5);
    expect(result.find((g) => g.group === "LU")!.hidden).to.equal(true);
    expect(result.find((g) => g.group === "NL")!.hidden, "smallest shown group").to.equal(true);
    expect(result.find((g) => g.group === "BE")).to.deep.include({ hidden: false, count: 6 });
  });

  it("hides everything when even all groups together stay below the threshold", () => {
    expect(groupResults(values({ BE: [3, 3], NL: [2] }), 5).every((g) => g.hidden && g.count === null && g.mean === null)).to.equal(true);
  });

  it("takes personal data out of free text", () => {
    expect(redactPersonalData("Call me on +32 470 12 34 56 please")).to.deep.equal({ text: "Call me on […] please", redacted: true });
    expect(redactPersonalData("Good day")).to.deep.equal({ text: "Good day", redacted: false });
  });

  it("shows text answers only for everyone together, sorted, never per group", () => {
    const responses = ["b", "a", "d", "c", "e"].map((text) => ({ country: "BE", discipline: "police", answers: [{ questionId: "q", text }] }));
    const [question] = evaluationResults("t", [{ id: "q", kind: "text", prompt: "?" }], responses, 5).questions;
    expect(question!.texts).to.deep.equal(["a", "b", "c", "d", "e"]);
    expect(question!.byCountry).to.deep.equal([]);
  });
});
