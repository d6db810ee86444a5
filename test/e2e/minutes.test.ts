import { expect } from "chai";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { buildUser, type BuiltUser } from "../support/factories";
import { agendaEntry, buildDecision, buildMeeting } from "../support/meetingFactories";
import { startTestServer, type TestServer } from "../support/testServer";
import { signInInBrowser } from "../support/browserSignIn";
import mongoose from "mongoose";
import meetingFinaliser from "../../server/commands/meetingFinaliser";

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const VICTIM_NOTE = "A victim in danger at home can be moved to a shelter across the border quickly.";

describe("e2e: the minutes of a meeting and the archive's PDF export in Chromium", function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  async function signedInPage(user: BuiltUser): Promise<Page> {
    const context = await browser.newContext({ locale: "en-GB" });
    contexts.push(context);
    const page = await context.newPage();
    await signInInBrowser(page, server.url, user);
    return page;
  }

  it("the chair creates the minutes from the meeting page and lands in the prefilled document; a member then opens them", async () => {
    const chair = await buildUser({ role: "chair", name: "Chloé Chair" });
    const member = await buildUser({ name: "Mila Member" });
    const meeting = await buildMeeting({
      title: "Minutes meeting",
      status: "closed",
      participants: [member],
      agenda: [agendaEntry({ title: "Opening" }), agendaEntry({ title: "Weekly exchange of shelter places", type: "decision", presenter: "Payoke" })],
    });
    await buildDecision(meeting, chair);

    const memberPage = await signedInPage(member);
    await memberPage.goto(`${server.url}/meetings/${meeting._id}`);
    await memberPage.getByRole("heading", { level: 1, name: "Minutes meeting" }).waitFor();
    expect(await memberPage.getByRole("button", { name: "Create the minutes" }).count(), "members cannot create them").to.equal(0);

    const chairPage = await signedInPage(chair);
    await chairPage.goto(`${server.url}/meetings/${meeting._id}`);
    await chairPage.getByRole("button", { name: "Create the minutes" }).waitFor();
    if (SCREENSHOTS) await chairPage.screenshot({ path: `${SCREENSHOTS}/minutes-create.png` });
    await chairPage.getByRole("button", { name: "Create the minutes" }).click();
    await chairPage.waitForURL(/\/documents\/[0-9a-f]{24}$/);
    await chairPage.getByRole("heading", { name: "2. Weekly exchange of shelter places" }).waitFor();
    await chairPage.getByText(VICTIM_NOTE).waitFor();
    if (SCREENSHOTS) await chairPage.screenshot({ path: `${SCREENSHOTS}/minutes-document.png`, fullPage: true });
    const documentUrl = chairPage.url();

    // The member's open meeting page learns of the minutes live.
    await memberPage.getByRole("link", { name: "Open the minutes" }).waitFor();
    if (SCREENSHOTS) await memberPage.screenshot({ path: `${SCREENSHOTS}/minutes-open.png` });
    await memberPage.getByRole("link", { name: "Open the minutes" }).click();
    await memberPage.waitForURL(documentUrl);
    await memberPage.getByText(VICTIM_NOTE).waitFor();
  });

  it("offers the search result as PDF beside CSV, with the same filters", async () => {
    const member = await buildUser({ name: "Archie Archive" });
    const page = await signedInPage(member);
    await page.goto(`${server.url}/archive?outcome=adopted`);
    const pdf = page.getByRole("link", { name: "Download as PDF" });
    await pdf.waitFor();
    expect(await pdf.getAttribute("href")).to.equal("/api/archive/export.pdf?outcome=adopted");
    const response = await page.request.get(server.url + "/api/archive/export.pdf?outcome=adopted");
    expect(response.status()).to.equal(200);
    expect((await response.body()).subarray(0, 5).toString("latin1")).to.equal("%PDF-");
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/archive-export.png`, fullPage: true });
  });

  it("shows on the archive record how it was decided, with the vote counts", async () => {
    const chair = await buildUser({ role: "chair" });
    const meeting = await buildMeeting({ title: "Vote meeting", status: "closed" });
    await buildDecision(meeting, chair, { method: "vote", votes: { for: 7, against: 2, abstain: 1 } });
    const [number] = await meetingFinaliser({ actor: { id: chair.user.id, name: chair.user.name, role: "chair", active: true }, meetingId: String(meeting._id) });
    const page = await signedInPage(await buildUser({ name: "Vera Voter" }));
    await page.goto(`${server.url}/archive/${number}`);
    await page.getByTestId("archive-method").getByText("How it was decided").waitFor();
    expect(await page.getByTestId("archive-method").locator("dd").textContent()).to.equal("Vote: 7 for, 2 against, 1 abstaining");
  });

  it("warns on the page of an archive record that was changed behind the application's back", async () => {
    const chair = await buildUser({ role: "chair" });
    const meeting = await buildMeeting({ title: "Integrity meeting", status: "closed" });
    await buildDecision(meeting, chair);
    const [number] = await meetingFinaliser({ actor: { id: chair.user.id, name: chair.user.name, role: "chair", active: true }, meetingId: String(meeting._id) });
    const page = await signedInPage(await buildUser({ name: "Ria Reader" }));
    await page.goto(`${server.url}/archive/${number}`);
    await page.getByRole("heading", { level: 1, name: number }).waitFor();
    expect(await page.getByText("This record may have been changed").count()).to.equal(0);
    await mongoose.connection.collection("archiverecords").updateOne({ number }, { $set: { text: "Something else was decided." } });
    await page.reload();
    await page.getByText("This record may have been changed").waitFor();
    await page.getByText("Do not cite it").waitFor();
  });
});
