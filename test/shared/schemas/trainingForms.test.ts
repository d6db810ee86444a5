import { expect } from "chai";
import type { z } from "zod";
import { trainingFormSchema } from "../../../shared/schemas/trainingForms";
import { trainingInputSchema, trainingUpdateSchema } from "../../../shared/schemas/trainings";

type Parsed = { error?: { issues: z.core.$ZodIssue[] } };
const paths = (result: Parsed) => (result.error?.issues ?? []).map((issue) => issue.path.join("."));

/** The training form's schema is built from the API's own field rules: what it submits, the API takes. */
describe("shared/schemas: trainingFormSchema", () => {
  const values = {
    title: "Benelux training day",
    description: "",
    audienceDisciplines: ["police"],
    audienceCountries: [],
    days: [{ date: "2026-09-14", startTime: "09:30", endTime: "16:30" }],
    place: "Benelux House",
    videoUrl: "",
    languages: ["nl", "fr"],
    interpretation: true,
    capacity: 40,
    seats: { BE: 10, NL: undefined, LU: 0 },
    deadlineDate: "2026-09-01",
    deadlineTime: "23:59",
    organiser: "secretariat",
    status: "published",
  };

  it("turns the Brussels deadline into an instant and the seats into the API's list, which the create and update schemas accept", () => {
    const output = trainingFormSchema.parse(values);
    expect(output.registrationDeadline).to.equal("2026-09-01T21:59:00.000Z"); // summer: UTC+2
    expect(output.capacityPerCountry).to.deep.equal([{ country: "BE", seats: 10 }, { country: "LU", seats: 0 }]);
    expect(output).not.to.have.property("seats");
    expect(trainingInputSchema.safeParse(output).success).to.equal(true);
    expect(trainingUpdateSchema.safeParse(output).success).to.equal(true);
  });

  it("refuses bad input on the field it concerns", () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: "" }, "title"],
      [{ title: 42 }, "title"],
      [{ title: "x".repeat(201) }, "title"],
      [{ capacity: undefined }, "capacity"],
      [{ capacity: 0 }, "capacity"],
      [{ capacity: 2.5 }, "capacity"],
      [{ capacity: 1001 }, "capacity"],
      [{ seats: { BE: -1 } }, "seats.BE"],
      [{ days: [] }, "days"],
      [{ days: [{ date: "2026-09-14", startTime: "16:30", endTime: "09:30" }] }, "days.0.endTime"],
      [{ days: [{ date: "14/09/2026", startTime: "09:30", endTime: "16:30" }] }, "days.0.date"],
      [{ languages: [] }, "languages"],
      [{ languages: ["de"] }, "languages.0"],
      [{ audienceDisciplines: ["wizard"] }, "audienceDisciplines.0"],
      [{ videoUrl: "javascript:alert(1)" }, "videoUrl"],
      [{ deadlineDate: "" }, "deadlineDate"],
      [{ deadlineTime: "25:00" }, "deadlineTime"],
      [{ organiser: "FR" }, "organiser"],
      [{ status: "archived" }, "status"],
    ];
    for (const [change, path] of cases) expect(paths(trainingFormSchema.safeParse({ ...values, ...change })), JSON.stringify(change)).to.include(path);
  });

  it("lets the form choose cancelled, which only the update schema takes", () => {
    const output = trainingFormSchema.parse({ ...values, status: "cancelled" });
    expect(trainingUpdateSchema.safeParse(output).success).to.equal(true);
    expect(trainingInputSchema.safeParse(output).success).to.equal(false);
  });
});
