import { expect } from "chai";
import { AuditEntry } from "../../server/models/AuditEntry";
import { Meeting } from "../../server/models/Meeting";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";

/** An agenda item's description is checked by the same detector as the server's, before it is sent. */
describe("e2e: personal data in an agenda item's description", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  it("lists the finding under the field, is refused until it is rewritten or ticked, and records the tick", async () => {
    const chair = await buildUser({ role: "chair" });
    const meeting = await buildMeeting({ participants: [chair], agenda: [] });
    const page = await suite.signedInPage(chair);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await page.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
    const form = page.locator("form.agenda-entry-form");
    await form.getByLabel("Title", { exact: true }).fill("A case from the port");
    await form.getByLabel("Description (optional)").fill("Contact the victim's lawyer at ana.petrova@example.org before the meeting.");
    await form.getByText("Likely personal data").waitFor();
    await form.getByText(/a\*+@/).waitFor();

    await form.getByRole("button", { name: "Add to the agenda" }).click();
    await page.getByRole("alert").getByText("There is a problem").waitFor();
    expect((await Meeting.findById(meeting._id).lean())!.agenda).to.have.length(0);

    await form.getByLabel("This may stay (recorded with your name)").check();
    await form.getByRole("button", { name: "Add to the agenda" }).click();
    await page.getByTestId("agenda-entry").filter({ hasText: "A case from the port" }).waitFor();
    expect((await Meeting.findById(meeting._id).lean())!.agenda.map((e) => e.title)).to.deep.equal(["A case from the port"]);
    expect(await AuditEntry.exists({ action: "agenda.finding_acknowledged" })).to.not.equal(null);
  });
});
