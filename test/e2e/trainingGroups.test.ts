import { expect } from "chai";
import type { Page } from "playwright-core";
import { Attachment } from "../../server/models/Attachment";
import { DocumentModel } from "../../server/models/Document";
import { Training } from "../../server/models/Training";
import { TrainingRegistration } from "../../server/models/TrainingRegistration";
import { loadGroups } from "../../server/trainings/groupStore";
import { describeViolations, seriousViolations } from "../support/axe";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { buildUser, type BuiltUser } from "../support/factories";

/** Issue 14, item 4 and the programme: organisers build the programme and put participants in mixed groups with a case each. */
describe("e2e: training groups and programme", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  async function signedIn(user: BuiltUser): Promise<Page> {
    const page = await suite.newPage();
    await signInInBrowser(page, suite.server.url, user);
    return page;
  }

  it("an organiser proposes groups, moves someone with the keyboard, gives a group its case, and edits the programme at phone width", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariat" });
    const training = await Training.create({
      title: "Shelter staff day",
      days: [{ date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), startTime: "09:30", endTime: "16:30" }],
      languages: ["nl", "fr"],
      capacity: 20,
      registrationDeadline: new Date(Date.now() + 20 * 86_400_000),
      organiser: "secretariat",
      status: "published",
      programme: [],
      createdBy: secretariat.user.id,
    });
    const people = [["Anke Vermeulen", "BE", "shelter_ngo"], ["Céline Dubois", "BE", "police"], ["Marloes de Groot", "NL", "shelter_ngo"], ["Joris Bakker", "NL", "police"], ["Sophie Muller", "LU", "shelter_ngo"], ["Tom Weis", "LU", "police"]] as const;
    await TrainingRegistration.insertMany(people.map(([name, country, discipline], i) => ({ trainingId: training.id, registeredBy: secretariat.user.id, userId: null, name, country, discipline, language: "nl", status: "confirmed", seq: i + 1 })));

    const page = await signedIn(secretariat);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/trainings/${training.id}`);
    await page.getByRole("link", { name: "Groups on cases" }).click();
    await page.getByRole("heading", { level: 1, name: "Mixed groups on cases" }).waitFor();
    await page.getByLabel("Number of groups").fill("2");
    await page.getByRole("button", { name: "Propose groups" }).click();
    await page.getByText("2 groups proposed.").waitFor();
    expect(await page.getByTestId("training-group").count()).to.equal(2);
    expect(await page.getByTestId("training-group").first().getByText("3 participants").count()).to.equal(1);

    // Move Anke by hand, with the keyboard only: the select, then the button.
    const groups = await loadGroups(training.id);
    const anke = (await TrainingRegistration.findOne({ trainingId: training.id, name: "Anke Vermeulen" }).lean())!;
    const from = groups.find((g) => g.registrationIds.includes(String(anke._id)))!;
    const to = groups.find((g) => g !== from)!;
    const select = page.getByLabel("Group for Anke Vermeulen");
    await select.focus();
    await select.selectOption({ label: `Group ${to.number}` });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText(`Anke Vermeulen is now in group ${to.number}.`).waitFor();
    expect((await loadGroups(training.id)).find((g) => g.number === to.number)!.registrationIds).to.include(String(anke._id));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).to.equal(true);
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    await page.getByRole("button", { name: "Create the case for group 1" }).click();
    await page.getByRole("link", { name: "Open the case of group 1" }).waitFor();
    const caseId = (await loadGroups(training.id)).find((g) => g.number === 1)!.caseDocumentId;
    expect(await DocumentModel.findById(caseId).lean()).to.include({ template: "case_exercise", classification: "restricted" });

    // The programme, on the training page: add two sessions, then put the second first.
    await page.getByRole("link", { name: "Back to Shelter staff day" }).click();
    await page.getByRole("heading", { level: 1, name: "Shelter staff day" }).waitFor();
    for (const [title, speaker] of [["Welcome", "Secretariat"], ["Case work in mixed groups", "La Strada"]]) {
      await page.getByLabel("Session title").last().fill(title!);
      await page.getByLabel("Speaker (optional)").last().fill(speaker!);
      await page.getByLabel("Duration in minutes").last().fill("45");
      await page.getByRole("button", { name: "Add the session" }).click();
      await page.getByText(`“${title}” was added to the programme.`).waitFor();
    }
    await page.getByRole("button", { name: "Move “Case work in mixed groups” up" }).click();
    await page.getByText("“Case work in mixed groups” is now number 1 on the programme.").waitFor();
    const programme = (await Training.findById(training.id).lean())!.programme;
    expect(programme.map((e) => [e.title, e.presenter, e.plannedMinutes])).to.deep.equal([["Case work in mixed groups", "La Strada", 45], ["Welcome", "Secretariat", 45]]);
    // A session's materials: attachments on the session.
    await page.getByRole("button", { name: /^Files\W+Welcome$/ }).click();
    await page.getByRole("region", { name: "Files for Welcome" }).getByLabel("Choose a file to attach").setInputFiles({ name: "welcome.txt", mimeType: "text/plain", buffer: Buffer.from("Welcome and the grey chair") });
    await page.getByText("welcome.txt was attached.").waitFor();
    expect(await Attachment.countDocuments({ targetKind: "training", targetId: training.id, itemId: programme[1]!.id })).to.equal(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).to.equal(true);
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
