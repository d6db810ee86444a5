import { expect } from "chai";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { Training } from "../../server/models/Training";
import { TrainingRegistration } from "../../server/models/TrainingRegistration";
import { describeViolations, seriousViolations } from "../support/axe";
import { pdfWith } from "../support/attachmentFiles";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { fillDate, readDate } from "../support/dateInput";
import { buildUser, type BuiltUser } from "../support/factories";

/** Issue 14: register two participants for one seat; the second waits and moves up when the first cancels; materials go up and come down. */
describe("e2e: trainings", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  async function signedIn(user: BuiltUser): Promise<Page> {
    const page = await suite.newPage();
    await signInInBrowser(page, suite.server.url, user);
    return page;
  }

  async function register(page: Page, trainingId: string): Promise<void> {
    await page.goto(`${suite.server.url}/trainings/${trainingId}`);
    await page.getByRole("heading", { level: 1, name: "Benelux training day for shelter staff" }).waitFor();
    await page.getByLabel("Country").selectOption("NL");
    await page.getByLabel("Dietary or accessibility needs (optional)").fill("vegetarian");
    await page.getByRole("button", { name: "Register", exact: true }).click();
  }

  it("a second participant waits, and moves up when the first cancels; organisers attach a material that participants download", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariat" });
    const first = await buildUser({ role: "member", name: "Femke Eerste" });
    const second = await buildUser({ role: "member", name: "Noor Tweede" });
    const training = await Training.create({
      title: "Benelux training day for shelter staff",
      days: [{ date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), startTime: "09:30", endTime: "16:30" }],
      place: "Benelux House, Brussels",
      languages: ["nl", "fr"],
      interpretation: true,
      capacity: 1,
      registrationDeadline: new Date(Date.now() + 20 * 86_400_000),
      organiser: "secretariat",
      status: "published",
      programme: [{ id: "s1", kind: "item", title: "Case work in mixed groups", presenter: "La Strada", plannedMinutes: 90 }],
      createdBy: secretariat.user.id,
    });
    const id = training.id;

    const firstPage = await signedIn(first);
    await register(firstPage, id);
    await firstPage.getByText("Registered: a place is yours.").waitFor();
    await firstPage.getByTestId("my-registrations").getByText("Confirmed").waitFor();
    await firstPage.getByTestId("empty-chair").waitFor();
    const violations = await seriousViolations(firstPage);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    const secondPage = await signedIn(second);
    await register(secondPage, id);
    await secondPage.getByText(/you are on the waiting list/).waitFor();
    await secondPage.getByTestId("my-registrations").getByText("On the waiting list (number 1)").waitFor();

    await firstPage.getByRole("button", { name: "Cancel registration for Femke Eerste" }).click();
    await firstPage.getByText("The registration was cancelled.").waitFor();
    await secondPage.reload();
    await secondPage.getByTestId("my-registrations").getByText("Confirmed").waitFor();
    const statuses = (await TrainingRegistration.find({ trainingId: id }).lean()).map((r) => [r.name, r.status]);
    expect(statuses).to.have.deep.members([["Femke Eerste", "cancelled"], ["Noor Tweede", "confirmed"]]);

    const organiserPage = await signedIn(secretariat);
    await organiserPage.goto(`${suite.server.url}/trainings/${id}`);
    const pdf = await pdfWith("Programme of the training day");
    await organiserPage.getByLabel("Choose a file to attach").setInputFiles({ name: "programme.pdf", mimeType: "application/pdf", buffer: pdf });
    await organiserPage.getByText("programme.pdf was attached.").waitFor();

    await secondPage.reload();
    const download = secondPage.waitForEvent("download");
    await secondPage.getByRole("link", { name: "Download programme.pdf" }).click();
    const file = await download;
    expect(file.suggestedFilename()).to.equal("programme (INTERNAL).pdf");
    expect(readFileSync((await file.path())!).equals(pdf)).to.equal(true);
  });

  it("the secretariat announces a training through the form: a bad number is shown on its field, the published training is in the list", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariat" });
    const member = await buildUser({ role: "member", name: "Mila Member" });
    const memberPage = await signedIn(member);
    await memberPage.goto(`${suite.server.url}/trainings`);
    await memberPage.getByRole("heading", { level: 1, name: "Joint trainings" }).waitFor();
    expect(await memberPage.getByRole("link", { name: "New training" }).count()).to.equal(0);

    const page = await signedIn(secretariat);
    await page.goto(`${suite.server.url}/trainings`);
    await page.getByRole("link", { name: "New training" }).click();
    await page.getByRole("heading", { level: 1, name: "New training" }).waitFor();
    const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Title", { exact: true }).fill("Training for police and magistrates");
    await page.getByLabel("Place (optional)").fill("Benelux House, Brussels");
    await page.getByRole("group", { name: "Disciplines it is for" }).getByRole("checkbox").first().check();
    await page.getByLabel("Interpretation is provided").check();
    await page.getByLabel("Places in total").fill("lots");
    await page.getByLabel("Places for Belgium").fill("10");
    await fillDate(page, "Registration deadline", deadline);
    await page.getByLabel("Status").selectOption("published");
    await page.getByRole("button", { name: "Create the training" }).click();

    await page.getByRole("alert").filter({ hasText: "There is a problem" }).waitFor();
    const capacity = page.getByLabel("Places in total");
    expect(await capacity.getAttribute("aria-invalid")).to.equal("true");
    const describedBy = (await capacity.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    expect(await page.locator(`[id="${errorId}"]`).innerText()).to.contain("Enter a whole number, at most 1000");
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    expect(await Training.countDocuments({ title: "Training for police and magistrates" })).to.equal(0);

    await capacity.fill("40");
    await page.getByRole("button", { name: "Create the training" }).click();
    await page.getByRole("heading", { level: 1, name: "Training for police and magistrates" }).waitFor();
    await page.getByText(/Registration open until/).waitFor();
    const saved = await Training.findOne({ title: "Training for police and magistrates" }).lean();
    expect(saved).to.include({ status: "published", capacity: 40, interpretation: true, place: "Benelux House, Brussels", organiser: "secretariat" });
    expect(saved?.capacityPerCountry.map((c) => [c.country, c.seats])).to.deep.equal([["BE", 10]]);

    await page.getByRole("link", { name: "Change this training" }).click();
    await page.getByRole("heading", { level: 1, name: "Change the training" }).waitFor();
    expect(await page.getByLabel("Places in total").inputValue()).to.equal("40");
    expect(await readDate(page, "Registration deadline")).to.equal(deadline);
    await page.getByRole("button", { name: "Add a day" }).click();
    await fillDate(page.getByTestId("training-day").nth(1), "Date", new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Save the changes" }).click();
    await page.getByRole("heading", { level: 1, name: "Training for police and magistrates" }).waitFor();
    expect((await Training.findOne({ title: "Training for police and magistrates" }).lean())?.days).to.have.length(2);

    await memberPage.reload();
    await memberPage.getByRole("link", { name: "Training for police and magistrates" }).waitFor();
  });
});
