import { expect } from "chai";
import type { Discipline } from "../../shared/directory";
import { proposeGroups, type GroupParticipant } from "../../shared/trainingGroups";
import type { TrainingCountry } from "../../shared/trainings";

const people = (spec: Array<[TrainingCountry, Discipline | null]>): GroupParticipant[] =>
  spec.map(([country, discipline], i) => ({ id: `p${String(i).padStart(2, "0")}`, country, discipline, seq: i + 1 }));

const countOf = (ids: string[], all: GroupParticipant[], key: "country" | "discipline", value: string) => ids.filter((id) => all.find((p) => p.id === id)?.[key] === value).length;

describe("shared/trainingGroups proposeGroups", () => {
  // 2016-like day: shelter staff of three countries, most from Belgium.
  const day = people([
    ["BE", "shelter_ngo"], ["BE", "shelter_ngo"], ["BE", "shelter_ngo"], ["BE", "police"], ["BE", "specialised_victim_centre"], ["BE", "specialised_victim_centre"],
    ["NL", "shelter_ngo"], ["NL", "shelter_ngo"], ["NL", "police"], ["NL", null],
    ["LU", "shelter_ngo"], ["LU", "specialised_victim_centre"], ["LU", "police"],
  ]);

  it("puts everyone in exactly one group, with sizes that differ by at most one", () => {
    const groups = proposeGroups(day, 4);
    expect(groups).to.have.length(4);
    expect(groups.flat().sort()).to.deep.equal(day.map((p) => p.id).sort());
    const sizes = groups.map((g) => g.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).to.be.at.most(1);
  });

  it("spreads each country across the groups (counts differ by at most one)", () => {
    const groups = proposeGroups(day, 4);
    for (const country of ["BE", "NL", "LU"]) {
      const counts = groups.map((g) => countOf(g, day, "country", country));
      expect(Math.max(...counts) - Math.min(...counts), country).to.be.at.most(1);
    }
  });

  it("avoids putting the same discipline of the same country together when another group has room", () => {
    const groups = proposeGroups(day, 3);
    for (const g of groups) expect(countOf(g, day, "discipline", "shelter_ngo"), JSON.stringify(g)).to.be.at.most(Math.ceil(6 / 3));
    // The three Belgian shelter workers land in three different groups.
    const beShelter = day.filter((p) => p.country === "BE" && p.discipline === "shelter_ngo").map((p) => p.id);
    expect(groups.map((g) => g.filter((id) => beShelter.includes(id)).length)).to.deep.equal([1, 1, 1]);
  });

  it("is deterministic and does not depend on the order participants come in", () => {
    const reversed = [...day].reverse();
    expect(proposeGroups(reversed, 4)).to.deep.equal(proposeGroups(day, 4));
    expect(proposeGroups(day, 4)).to.deep.equal(proposeGroups(day, 4));
  });

  it("gives the same answer as computed by hand for a small case", () => {
    const small = people([["BE", "police"], ["BE", "shelter_ngo"], ["NL", "police"], ["NL", "shelter_ngo"]]);
    // BE first (largest country, then code): p00 → group 1, p01 → group 2; NL police avoids the police of group 1.
    expect(proposeGroups(small, 2)).to.deep.equal([["p00", "p03"], ["p01", "p02"]]);
  });

  it("never makes more groups than participants, nor fewer than one, and handles nobody", () => {
    expect(proposeGroups(people([["BE", null], ["NL", null]]), 5)).to.have.length(2);
    expect(proposeGroups(people([["BE", null]]), 0)).to.deep.equal([["p00"]]);
    expect(proposeGroups([], 3)).to.deep.equal([[]]);
  });
});
