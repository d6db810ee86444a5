import { expect } from "chai";
import { findingRows } from "../../../../client/components/documents/personalDataRows";
import type { LocatedFinding } from "../../../../client/editor/personalDataHighlight";
import type { PresentedFinding } from "../../../../shared/types";

const live = (key: string, from: number): LocatedFinding => ({ kind: "person_name", key, text: key, start: from, end: from + 5, from, to: from + 5, reason: "name_known_words", reasonContext: null, masked: "X." }) as LocatedFinding;
const server = (key: string, extra: Partial<PresentedFinding> = {}): PresentedFinding => ({ kind: "person_name", key, text: key, reason: "name_known_words", reasonContext: null, masked: "X.", acknowledged: null, ...extra });

describe("personal-data panel rows", () => {
  it("leaves out what the server marks exempt (an account's name in minutes), keeps the rest open", () => {
    const rows = findingRows([live("person_name:anna petrova", 1), live("person_name:oksana melnyk", 20)], [server("person_name:anna petrova", { exempt: "account_name" }), server("person_name:oksana melnyk")]);
    expect(rows.map((r) => [r.key, r.acknowledged])).to.deep.equal([["person_name:oksana melnyk", null]]);
  });

  it("lists a server finding the editor does not see yet unless it is exempt or acknowledged", () => {
    const rows = findingRows([], [server("person_name:a", { exempt: "account_name" }), server("person_name:b", { acknowledged: { by: "S", at: "2026-01-01T00:00:00Z" } }), server("person_name:c")]);
    expect(rows.map((r) => r.key)).to.deep.equal(["person_name:c"]);
  });
});
