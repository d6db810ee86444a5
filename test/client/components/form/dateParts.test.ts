import { expect } from "chai";
import { datePartOrder, joinIsoDate, normaliseTime, splitIsoDate } from "../../../../client/components/form/dateParts";
import { meetingFormSchema } from "../../../../shared/schemas/meetingForms";

describe("client/components/form/dateParts", () => {
  it("orders day, month and year as the interface language writes them, whatever the browser", () => {
    expect(datePartOrder("nl-BE")).to.deep.equal(["day", "month", "year"]);
    expect(datePartOrder("fr-BE")).to.deep.equal(["day", "month", "year"]);
    expect(datePartOrder("en-GB")).to.deep.equal(["day", "month", "year"]);
    expect(datePartOrder("en-US")).to.deep.equal(["month", "day", "year"]);
  });

  it("splits an ISO date into boxes and joins boxes into one, padding a one-digit day or month", () => {
    expect(splitIsoDate("2026-12-03")).to.deep.equal({ day: "3", month: "12", year: "2026" });
    expect(splitIsoDate(null)).to.deep.equal({ day: "", month: "", year: "" });
    expect(splitIsoDate("3/12/2026")).to.deep.equal({ day: "", month: "", year: "" });
    expect(joinIsoDate({ day: "3", month: "2", year: "2027" })).to.equal("2027-02-03");
    expect(joinIsoDate({ day: " 03 ", month: "02", year: "2027" })).to.equal("2027-02-03");
  });

  it("passes what is no date on unchanged, so the shared schema refuses it (31 February, letters, a two-digit year, a missing box)", () => {
    const schemaAccepts = (date: string) => meetingFormSchema.safeParse({ title: "T", date, time: "10:00", durationMinutes: 60, place: "", videoUrl: "", language: "nl", participantIds: [] }).success;
    expect(schemaAccepts(joinIsoDate({ day: "3", month: "12", year: "2026" }))).to.equal(true);
    for (const parts of [
      { day: "31", month: "2", year: "2027" },
      { day: "x", month: "2", year: "2027" },
      { day: "3", month: "2", year: "27" },
      { day: "", month: "2", year: "2027" },
      { day: "3", month: "13", year: "2027" },
    ]) expect(schemaAccepts(joinIsoDate(parts)), JSON.stringify(parts)).to.equal(false);
  });

  it("reads a time as people write it in Dutch, French and English, on the 24-hour clock", () => {
    for (const [typed, time] of [
      ["14:30", "14:30"], ["9:30", "09:30"], ["9.30", "09:30"], ["9,30", "09:30"], ["9u30", "09:30"], ["14h30", "14:30"], ["14 h 30", "14:30"],
      ["930", "09:30"], ["0930", "09:30"], ["14h", "14:00"], ["14", "14:00"], ["14.30 uur", "14:30"], ["", ""], ["  ", ""],
    ] as const) expect(normaliseTime(typed), typed).to.equal(time);
  });

  it("leaves what is no time as typed, for the schema to refuse (25:00, 9:75, 2 pm, letters)", () => {
    for (const typed of ["25:00", "9:75", "2 pm", "half tien", "12:3"]) expect(normaliseTime(typed)).to.equal(typed);
  });
});
