import { expect } from "chai";

/** Checks what calendar programs rely on: CRLF, ≤75-octet lines, escaped text, the envelope. */
export function expectValidIcs(ics: string): void {
  expect(ics.endsWith("\r\n")).to.equal(true);
  expect(/[^\r]\n/.test(ics), "bare LF").to.equal(false);
  const lines = ics.split("\r\n").slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).to.be.at.most(75);
  const unfolded = ics.replace(/\r\n /g, "").split("\r\n");
  expect(unfolded[0]).to.equal("BEGIN:VCALENDAR");
  expect(unfolded).to.include("VERSION:2.0");
  expect(unfolded.filter((l) => l === "BEGIN:VEVENT").length).to.equal(unfolded.filter((l) => l === "END:VEVENT").length);
  for (const line of unfolded.filter((l) => /^(DTSTART|DTEND|DTSTAMP)/.test(l))) expect(line).to.match(/^(DTSTART|DTEND|DTSTAMP)(;TZID=Europe\/Brussels)?:\d{8}T\d{6}Z?$/);
  for (const line of unfolded.filter((l) => l.startsWith("BEGIN:VEVENT"))) expect(line).to.equal("BEGIN:VEVENT");
  expect(unfolded.at(-2)).to.equal("END:VCALENDAR");
}
