import { expect } from "chai";
import type { Page } from "playwright-core";
import { AuditEntry } from "../../server/models/AuditEntry";
import { ContactPoint } from "../../server/models/ContactPoint";
import { Organisation } from "../../server/models/Organisation";
import { Pathway } from "../../server/models/Pathway";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildContactPoint, buildOrganisation, signedIn } from "../support/directoryFactories";
import { buildUser } from "../support/factories";

/** Editing the directory in Chromium: writing pathways step by step (keyboard reordering), naming editors, linking and removing a contact point. */
describe("e2e: editing the directory and its pathways", function () {
  this.timeout(180_000);
  const suite = browserSuite();

  async function expectAccessible(page: Page, where: string) {
    await page.waitForFunction(() => ![...document.querySelectorAll("main [role=status]")].some((status) => status.textContent?.includes("Loading…")));
    const violations = await seriousViolations(page);
    expect(violations, `${where}\n${describeViolations(violations)}`).to.deep.equal([]);
  }
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

  it("the secretariat writes a cross-border pathway, reorders its steps with the keyboard, links contact points, and names an editor", async () => {
    const { built: secretariat } = await signedIn(suite.server.url, "secretariat");
    const editor = await buildUser({ role: "member", name: "Elise Editor" });
    const police = await buildOrganisation({ name: "Federale Politie (edit e2e)", discipline: "police", country: "BE" });
    await buildContactPoint(police, { function: "Cel mensenhandel DJSOC" });
    const page = await suite.signedInPage(secretariat);

    await page.goto(`${suite.server.url}/directory/pathways?country=NL`);
    await page.getByRole("link", { name: "Write a new pathway" }).click();
    await page.getByRole("heading", { level: 1, name: "A new referral pathway" }).waitFor();
    await page.getByLabel("Kind of pathway").selectOption("cross_border");
    await page.getByLabel("Country where the possible victim was identified").selectOption("NL");
    await page.getByLabel("Other country", { exact: true }).selectOption("NL");
    await page.getByLabel("Title", { exact: true }).fill("Identified in Rotterdam, exploited in Belgium");
    await page.getByLabel("Step 1: title").fill("Call the Belgian police");

    // A second step, with a contact point chosen by name.
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.getByRole("status").filter({ hasText: "Step 2 added at the end." }).waitFor();
    await page.getByLabel("Step 2: title").fill("Tell CoMensha");
    const picker = page.getByRole("group", { name: "Step 1: contact points who do it" });
    await picker.getByLabel("Find a contact point by name, function or organisation").fill("cel mensenhandel");
    await picker.getByLabel("Find a contact point by name, function or organisation").press("Enter");
    await picker.getByRole("button", { name: "Add Cel mensenhandel DJSOC (Federale Politie (edit e2e))" }).click();
    await picker.getByRole("button", { name: "Remove Cel mensenhandel DJSOC" }).waitFor();
    await expectAccessible(page, "the new pathway form");

    // Moving with the keyboard alone: the focus stays with the moved step, and the move is announced.
    await page.getByRole("button", { name: "Move step 2 up" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "“Tell CoMensha” is now step 1 of 2." }).waitFor();
    expect(await focusedText(page)).to.equal("Move step 1 down");
    expect(await page.getByLabel("Step 1: title").inputValue()).to.equal("Tell CoMensha");
    // The contact point went along with its step.
    await page.getByRole("group", { name: "Step 2: contact points who do it" }).getByRole("button", { name: "Remove Cel mensenhandel DJSOC" }).waitFor();

    // A third step, then removed again.
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.getByRole("button", { name: "Remove step 3" }).click();
    await page.getByRole("status").filter({ hasText: "removed" }).waitFor();
    expect(await page.getByTestId("pathway-edit-step").count()).to.equal(2);

    // Two same countries are refused on the field; the fixed form is created.
    await page.getByRole("button", { name: "Create the pathway" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Choose a country other than the one where the victim was identified" }).waitFor();
    await page.getByLabel("Other country", { exact: true }).selectOption("BE");
    await page.getByRole("button", { name: "Create the pathway" }).click();
    await page.getByText("The pathway is created.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Identified in Rotterdam, exploited in Belgium" }).waitFor();
    const steps = page.getByTestId("pathway-steps").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4 }) });
    expect(await steps.first().getByRole("heading", { level: 4 }).innerText()).to.contain("Tell CoMensha");
    await page.getByTestId("pathway-steps").getByTestId("contact-point-card").filter({ hasText: "Cel mensenhandel DJSOC" }).waitFor();
    const stored = await Pathway.findOne({ title: "Identified in Rotterdam, exploited in Belgium" }).lean();
    expect(stored!.toCountry).to.equal("BE");
    expect(stored!.steps.map((step) => step.title)).to.deep.equal(["Tell CoMensha", "Call the Belgian police"]);

    // The secretariat names an editor.
    const editors = page.getByRole("region", { name: "Named editors" });
    await editors.getByLabel("Elise Editor").check();
    await editors.getByRole("button", { name: "Save the editors" }).click();
    await editors.getByText("The editors are saved.").waitFor();
    expect((await Pathway.findById(stored!._id).lean())!.editorIds).to.deep.equal([editor.user.id]);
    await expectAccessible(page, "the created pathway with its editors");

    // On a phone the form fits the width.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${suite.server.url}/directory/pathways/new?kind=cross_border&country=BE`);
    await page.getByRole("heading", { level: 1, name: "A new referral pathway" }).waitFor();
    await expectAccessible(page, "the new pathway form on a phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).to.equal(true);
  });

  it("a named editor reorders a national pathway; a step before an earlier stage is refused on its stage, and the change shows in the history", async () => {
    const { client: secretariatHttp } = await signedIn(suite.server.url, "secretariat");
    const { built: editor } = await signedIn(suite.server.url, "member");
    const created = await secretariatHttp.post("/api/pathways", {
      kind: "national",
      country: "NL",
      title: "Dutch referral mechanism (edit e2e)",
      language: "en",
      editorIds: [editor.user.id],
      steps: [
        { stage: "detection", title: "Signal" },
        { stage: "first_contact", title: "First talk" },
        { stage: "reflection_period", title: "Reflection" },
      ],
    });
    expect(created.status).to.equal(201);
    const id = (created.body as { id: string }).id;
    const page = await suite.signedInPage(editor);
    await page.goto(`${suite.server.url}/directory/pathways/${id}`);
    await page.getByRole("button", { name: "Edit the pathway" }).click();

    // Moving "Reflection" above "First talk" breaks the order of the stages: the summary says where.
    await page.getByRole("button", { name: "Move step 3 up" }).click();
    await page.getByRole("button", { name: "Save the pathway" }).click();
    await page.getByRole("alert").getByRole("link", { name: /Step 3 comes before the stage of the step above it/ }).waitFor();
    // Choosing a later stage for the step fixes it.
    await page.getByLabel("Step 3: stage").selectOption("reflection_period");
    await page.getByLabel("Step 2: stage").selectOption("first_contact");
    await page.getByLabel("Step 2: title").fill("Reflection, after a first talk");
    await page.getByRole("button", { name: "Save the pathway" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    const history = page.getByTestId("pathway-history");
    await history.getByText(/Version 2/).waitFor();
    expect(await history.innerText()).to.contain("steps");
    const stored = await Pathway.findById(id).lean();
    expect(stored!.steps.map((step) => step.title)).to.deep.equal(["Signal", "Reflection, after a first talk", "First talk"]);
    // An editor is not the secretariat: no editors' form.
    expect(await page.getByRole("region", { name: "Named editors" }).count()).to.equal(0);
    await expectAccessible(page, "the edited pathway");
  });

  it("the secretariat links a contact point to an account, then removes it after confirming", async () => {
    const { built: secretariat } = await signedIn(suite.server.url, "secretariat");
    const owner = await buildUser({ role: "member", name: "Olivier Owner" });
    await buildUser({ role: "observer", name: "Otto Observer", accessUntil: new Date(Date.now() + 86_400_000) });
    const inspection = await buildOrganisation({ name: "Inspection sociale (edit e2e)", discipline: "social_inspection", country: "BE" });
    const desk = await buildContactPoint(inspection, { function: "Cellule traite (edit e2e)" });
    const page = await suite.signedInPage(secretariat);
    await page.goto(`${suite.server.url}/directory/contact-points/${desk.id}`);

    const account = page.getByRole("region", { name: "Greychair account" });
    await account.getByText("Not linked to an account.").waitFor();
    await account.getByLabel("Account", { exact: true }).selectOption(owner.user.id);
    await account.getByRole("button", { name: "Save the link" }).click();
    await account.getByText("Linked to Olivier Owner.").waitFor();
    expect((await ContactPoint.findById(desk._id).lean())!.linkedUserId).to.equal(owner.user.id);
    await expectAccessible(page, "the card with its account");

    await page.getByRole("button", { name: "Remove the contact point" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Remove “Cellule traite (edit e2e)” from the directory?" });
    await dialog.waitFor();
    await expectAccessible(page, "the removal dialog");
    // Cancel leaves it; confirming removes it.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await ContactPoint.countDocuments({ _id: desk._id })).to.equal(1);
    await page.getByRole("button", { name: "Remove the contact point" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove the contact point" }).click();
    await page.getByText("“Cellule traite (edit e2e)” is removed from the directory.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Inspection sociale (edit e2e)" }).waitFor();
    expect(await ContactPoint.countDocuments({ _id: desk._id })).to.equal(0);
    expect(await AuditEntry.countDocuments({ action: "contact_point.deleted", targetId: desk.id })).to.equal(1);

    // On the organisation's page the secretariat names an editor of its entries (observers are not offered).
    const editors = page.getByRole("region", { name: "Named editors" });
    await editors.getByLabel("Olivier Owner").check();
    expect(await editors.getByLabel("Otto Observer").count()).to.equal(0);
    await editors.getByRole("button", { name: "Save the editors" }).click();
    await editors.getByText("The editors are saved.").waitFor();
    expect((await Organisation.findById(inspection._id).lean())!.editorIds.map(String)).to.deep.equal([owner.user.id]);
    await expectAccessible(page, "the organisation with its editors");
  });

  it("a member of the organisation links the entry to their own account and removes the link", async () => {
    const shelter = await buildOrganisation({ name: "Shelter (edit e2e)", discipline: "shelter_ngo", country: "LU" });
    const { built: member } = await signedIn(suite.server.url, "member", { organisation: shelter });
    const desk = await buildContactPoint(shelter, { function: "Night desk (edit e2e)" });
    const page = await suite.signedInPage(member);
    await page.goto(`${suite.server.url}/directory/contact-points/${desk.id}`);
    const account = page.getByRole("region", { name: "Greychair account" });
    await account.getByRole("button", { name: "Link it to my account" }).click();
    await account.getByText(`Linked to ${member.user.name}.`).waitFor();
    expect((await ContactPoint.findById(desk._id).lean())!.linkedUserId).to.equal(member.user.id);
    await account.getByRole("button", { name: "Remove the link" }).click();
    await account.getByText("Not linked to an account.").waitFor();
    expect((await ContactPoint.findById(desk._id).lean())!.linkedUserId).to.equal(null);
  });

  it("a good-practice document refers to contact points in its contact point section, shown as cards", async () => {
    const { client: authorHttp, built: author } = await signedIn(suite.server.url, "member");
    const ngo = await buildOrganisation({ name: "CoMensha (edit e2e)", discipline: "nrm_coordinator", country: "NL" });
    await buildContactPoint(ngo, { function: "Aanmelding slachtoffers (edit e2e)" });
    const created = await authorHttp.post("/api/documents", { title: "Joint inspections in greenhouses", language: "en", template: "good_practice" });
    expect(created.status).to.equal(201);
    const page = await suite.signedInPage(author);
    await page.goto(`${suite.server.url}/documents/${created.body.id as string}`);
    const section = page.getByRole("region", { name: "Contact points in the directory" });
    await section.getByText("No contact point is linked yet.").waitFor();
    await section.getByRole("button", { name: "Choose contact points" }).click();
    const picker = section.getByRole("group", { name: "Contact points" });
    await picker.getByLabel("Find a contact point by name, function or organisation").fill("aanmelding");
    await picker.getByRole("button", { name: "Search" }).click();
    await picker.getByRole("button", { name: "Add Aanmelding slachtoffers (edit e2e) (CoMensha (edit e2e))" }).click();
    await section.getByRole("button", { name: "Save the contact points" }).click();
    await section.getByText("The contact points are saved.").waitFor();
    await section.getByTestId("contact-point-card").filter({ hasText: "Aanmelding slachtoffers (edit e2e)" }).waitFor();
    await expectAccessible(page, "a good-practice document with its contact points");
  });
});
