import { expect } from "chai";
import { Invitation } from "../../server/models/Invitation";
import { Organisation } from "../../server/models/Organisation";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";

/** The invitation form: the invitee's name and language, and their organisation added without leaving the form. */
describe("e2e: inviting someone with their name, language and a new organisation", function () {
  this.timeout(90_000);
  const suite = browserSuite();

  it("adds the organisation in place, checks it with the schema first, and the invitee's page speaks their language with their name filled in", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const admin = await suite.signedInPage(secretariat);
    const posts: string[] = [];
    admin.on("request", (request) => request.method() === "POST" && request.url().includes("/api/invitations") && posts.push(request.url()));
    await admin.goto(`${suite.server.url}/admin/invitations`);
    await admin.getByRole("heading", { level: 1, name: "Invitations" }).waitFor();
    await admin.getByLabel("E-mail address").fill("lotte.labour@inspectie.example");
    await admin.getByLabel("Their full name (optional)").fill("Lotte Labour");
    await admin.getByLabel("Their language").selectOption("nl");
    await admin.getByLabel("Role").selectOption("member");
    await admin.getByLabel("Organisation (optional)").selectOption({ label: "A new organisation, not in this list…" });
    const fields = admin.getByRole("group", { name: "Their organisation" });
    await fields.waitFor();

    // Its fields are checked like the organisations page's, before anything is sent.
    await admin.getByRole("button", { name: "Create invitation" }).click();
    const summary = admin.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Enter the name of the organisation" }).waitFor();
    expect(posts).to.deep.equal([]);
    await admin.setViewportSize({ width: 390, height: 844 });
    const violations = await seriousViolations(admin);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await admin.setViewportSize({ width: 1366, height: 900 });

    await fields.getByLabel("Name of the organisation").fill("Sociale Inspectie Antwerpen");
    await fields.getByLabel("Type of organisation").selectOption({ label: "Labour inspection" });
    await fields.getByLabel("Country").selectOption({ label: "Belgium" });
    await admin.getByRole("button", { name: "Create invitation" }).click();
    const linkElement = admin.getByTestId("invitation-link");
    await linkElement.waitFor();
    const link = (await linkElement.textContent())!.trim();
    const organisation = await Organisation.findOne({ name: "Sociale Inspectie Antwerpen" }).lean();
    expect(organisation).to.include({ discipline: "labour_inspection", country: "BE" });
    expect(await Invitation.findOne({ email: "lotte.labour@inspectie.example" }).lean()).to.include({ name: "Lotte Labour", language: "nl" });
    // The form is empty again, and the new organisation is in the list for the next invitation.
    expect(await admin.getByLabel("Their full name (optional)").inputValue()).to.equal("");
    expect(await admin.getByRole("group", { name: "Their organisation" }).count()).to.equal(0);
    await admin.getByLabel("Organisation (optional)").getByRole("option", { name: /^Sociale Inspectie Antwerpen/ }).waitFor({ state: "attached" });

    // The invitee, in an English browser, gets the page in Dutch with their name filled in.
    const invitee = await suite.newPage();
    await invitee.goto(link);
    await invitee.getByRole("heading", { level: 1, name: "Uw uitnodiging aanvaarden" }).waitFor();
    expect(await invitee.getByLabel("Volledige naam").inputValue()).to.equal("Lotte Labour");
    expect(await invitee.getByLabel("Taal", { exact: true }).inputValue()).to.equal("nl");
  });
});
