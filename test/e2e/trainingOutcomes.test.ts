import { expect } from "chai";
import type { Page } from "playwright-core";
import { EvaluationResponse } from "../../server/models/EvaluationResponse";
import { Training } from "../../server/models/Training";
import { TrainingRegistration } from "../../server/models/TrainingRegistration";
import { describeViolations, seriousViolations } from "../support/axe";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { buildUser, type BuiltUser } from "../support/factories";

/** Issue 14, item 5: the organiser opens the evaluation and marks attendance, the participant answers, the certificates come out. */
describe("e2e: training evaluation, attendance and certificates", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  async function signedIn(user: BuiltUser): Promise<Page> {
    const page = await suite.newPage();
    await signInInBrowser(page, suite.server.url, user);
    return page;
  }

  it("opens the evaluation, marks attendance, the participant answers once, and all certificates download as a zip", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariat" });
    const participant = await buildUser({ role: "member", name: "Femke Deelnemer" });
    const training = await Training.create({
      title: "Evaluation day for shelter staff",
      days: [{ date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), startTime: "09:30", endTime: "16:30" }],
      languages: ["nl", "fr"],
      capacity: 10,
      registrationDeadline: new Date(Date.now() + 20 * 86_400_000),
      organiser: "secretariat",
      status: "published",
      createdBy: secretariat.user.id,
    });
    const id = training.id;
    await TrainingRegistration.create({ trainingId: id, registeredBy: participant.user.id, userId: participant.user.id, name: "Femke Deelnemer", country: "NL", language: "nl", status: "confirmed", seq: 1 });

    const organiser = await signedIn(secretariat);
    await organiser.goto(`${suite.server.url}/trainings/${id}`);
    await organiser.getByRole("heading", { level: 3, name: "Evaluation form" }).waitFor();
    await organiser.getByLabel("Form", { exact: true }).selectOption("open");
    await organiser.getByRole("button", { name: "Save the form" }).click();
    await organiser.getByText("The evaluation form was saved.").waitFor();
    await organiser.getByLabel("Femke Deelnemer, Netherlands").check();
    await organiser.getByText("Attendance saved.").waitFor();
    const violations = await seriousViolations(organiser);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    const page = await signedIn(participant);
    await page.goto(`${suite.server.url}/trainings/${id}`);
    await page.getByLabel("How useful was this training for your work?").selectOption("5");
    await page.getByLabel("What would you change?").fill("More time for the cases");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("Thank you. Your answers were received.").waitFor();
    const responses = await EvaluationResponse.find({ trainingId: id }).lean();
    expect(responses).to.have.length(1);
    expect(responses[0]!.answers.map((a) => a.scale ?? a.text)).to.include(5).and.include("More time for the cases");
    await page.reload();
    await page.getByText("You have answered this evaluation. Thank you.").waitFor();
    expect(await page.getByRole("button", { name: "Send my answers" }).count()).to.equal(0);

    const download = organiser.waitForEvent("download");
    await organiser.getByRole("link", { name: "All certificates of attendance (zip)" }).click();
    expect((await download).suggestedFilename()).to.equal("certificates (INTERNAL).zip");

    // At phone width the organiser's tools and the history fit without sideways scrolling.
    const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await organiser.setViewportSize({ width: 390, height: 844 });
    await organiser.getByRole("heading", { level: 2, name: "For the organisers" }).waitFor();
    expect(await overflow(organiser)).to.be.at.most(0);
    await organiser.goto(`${suite.server.url}/trainings/history`);
    await organiser.getByRole("heading", { level: 2, name: "Evaluation day for shelter staff" }).waitFor();
    await organiser.getByRole("link", { name: "Figures per year and country (CSV)" }).waitFor();
    expect(await overflow(organiser)).to.be.at.most(0);
    const historyViolations = await seriousViolations(organiser);
    expect(historyViolations, describeViolations(historyViolations)).to.deep.equal([]);
  });
});
