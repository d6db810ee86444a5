import { expect } from "chai";
import type { PersonalDataFinding, PersonalDataKind } from "../../../shared/personalData";

export interface TrueCase {
  /** A realistic sentence. */
  text: string;
  /** The exact substring that must be reported. */
  found: string;
  /** The expected stable key. */
  key: string;
}

/** Every finding's offsets must point at its text, and the findings must be sorted without overlaps. */
export function expectWellFormed(text: string, findings: PersonalDataFinding[], kind?: PersonalDataKind): void {
  // Collected and asserted once: thousands of chai assertions would dominate the run time.
  const problems: string[] = [];
  let previousEnd = -1;
  for (const [index, finding] of findings.entries()) {
    if (text.slice(finding.start, finding.end) !== finding.text) problems.push(`#${index}: offsets do not match the text`);
    if (finding.end <= finding.start) problems.push(`#${index}: empty span`);
    if (finding.start < previousEnd) problems.push(`#${index}: overlaps or precedes the previous finding`);
    if (!finding.key.startsWith(`${finding.kind}:`)) problems.push(`#${index}: key ${finding.key} lacks the kind prefix`);
    if (kind && finding.kind !== kind) problems.push(`#${index}: kind ${finding.kind}, expected ${kind}`);
    previousEnd = finding.end;
  }
  expect(problems).to.deep.equal([]);
}

export function runTrueCases(detector: (text: string) => PersonalDataFinding[], kind: PersonalDataKind, cases: TrueCase[]): void {
  for (const { text, found, key } of cases) {
    it(`finds ${JSON.stringify(found)} in ${JSON.stringify(text)}`, () => {
      const findings = detector(text);
      expectWellFormed(text, findings, kind);
      expect(findings.map((finding) => finding.text)).to.deep.equal([found]);
      expect(findings[0]!.key).to.equal(key);
      expect(findings[0]!.start).to.equal(text.indexOf(found));
    });
  }
}

export function runNearMisses(detector: (text: string) => PersonalDataFinding[], cases: [why: string, text: string][]): void {
  for (const [why, text] of cases) {
    it(`does not flag ${why}: ${JSON.stringify(text)}`, () => {
      expect(detector(text).map((finding) => finding.text)).to.deep.equal([]);
    });
  }
}
