import { expect } from "chai";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { Decision } from "../../server/models/Decision";
import { launchBrowser } from "../support/browser";
import { buildUser, type BuiltUser } from "../support/factories";
import { agendaEntry, buildMeeting } from "../support/meetingFactories";
import { startTestServer, type TestServer } from "../support/testServer";
import { signInInBrowser } from "../support/browserSignIn";

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

describe("e2e: a live meeting in Chromium, chair and member side by side", function () {
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

  const snap = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/meetings-${name}.png`, fullPage: true });
  };

  async function signedInPage(user: BuiltUser): Promise<Page> {
    const context = await browser.newContext({ locale: "en-GB" });
    contexts.push(context);
    const page = await context.newPage();
    await signInInBrowser(page, server.url, user);
    return page;
  }

  const titles = (page: Page) => page.getByTestId("agenda-entry-title").allTextContents();

  /** The empty chair is there, and nothing in it closes or hides it. */
  async function expectEmptyChair(page: Page) {
    const panel = page.getByTestId("empty-chair");
    await panel.waitFor();
    expect(await panel.isVisible()).to.equal(true);
    const buttons = await panel.getByRole("button").allTextContents();
    expect(buttons.join("|")).not.to.match(/close|hide|dismiss|×/i);
    await panel.getByTestId("empty-chair-prompt").waitFor();
  }

  it("the chair reorders the agenda and sets the current item; the member sees both within 2 s; a decision needs its victim note", async () => {
    const chair = await buildUser({ role: "chair", name: "Claire Chair" });
    const member = await buildUser({ role: "member", name: "Maarten Member" });
    const meeting = await buildMeeting({
      title: "Benelux working group — spring meeting",
      participants: [chair, member],
      agenda: [
        agendaEntry({ title: "Opening and adoption of the agenda", plannedMinutes: 10 }),
        agendaEntry({ title: "Weekly exchange of shelter places", type: "decision", plannedMinutes: 30, tags: ["shelter_and_care"] }),
        agendaEntry({ title: "Any other business", plannedMinutes: 10 }),
      ],
    });
    const url = `${server.url}/meetings/${meeting._id}`;
    const chairPage = await signedInPage(chair);
    const memberPage = await signedInPage(member);
    await memberPage.goto(url);
    await chairPage.goto(url);
    for (const page of [chairPage, memberPage]) {
      await page.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
      await expectEmptyChair(page);
    }
    expect(await memberPage.getByTestId("drag-handle").count()).to.equal(0);
    await snap(chairPage, "01-chair-agenda");

    // Keyboard drag and drop: Space picks up, arrows move, Space drops.
    const handle = chairPage.getByRole("button", { name: "Move Any other business" });
    await handle.focus();
    await chairPage.keyboard.press("Space");
    await chairPage.waitForTimeout(150);
    await chairPage.keyboard.press("ArrowUp");
    await chairPage.waitForTimeout(150);
    await chairPage.keyboard.press("Space");
    const expected = ["Opening and adoption of the agenda", "Any other business", "Weekly exchange of shelter places"];
    let started = Date.now();
    await memberPage.waitForFunction(
      (want) => JSON.stringify([...document.querySelectorAll('[data-testid="agenda-entry-title"]')].map((e) => e.textContent)) === JSON.stringify(want),
      expected,
      { timeout: 2_000 },
    );
    expect(Date.now() - started).to.be.below(2_000);
    expect(await titles(chairPage)).to.deep.equal(expected);

    await chairPage.getByRole("button", { name: "Start the meeting" }).click();
    await chairPage.getByRole("button", { name: /Discuss now.*item 3, Weekly exchange of shelter places/ }).click();
    started = Date.now();
    await memberPage.locator('[data-testid="agenda-entry"][aria-current="true"]', { hasText: "Weekly exchange of shelter places" }).waitFor({ timeout: 2_000 });
    expect(Date.now() - started).to.be.below(2_000);
    await memberPage.getByText("For “Weekly exchange of shelter places”:").waitFor();
    await snap(memberPage, "02-member-live");

    await chairPage.getByRole("button", { name: "Start the timer" }).click();
    await memberPage.locator('[data-testid="item-timer"][data-running="true"]').first().waitFor({ timeout: 2_000 });

    // A decision without a victim-perspective note is stopped, then recorded with one.
    await chairPage.getByRole("link", { name: "Decisions and action items" }).click();
    await expectEmptyChair(chairPage);
    const form = chairPage.getByTestId("decision-form");
    await form.getByLabel("Decision", { exact: true }).fill("The shelters of the three countries exchange their free places every week.");
    await form.getByRole("button", { name: "Record the decision" }).click();
    await chairPage.getByRole("alert").getByText("There is a problem").waitFor();
    await chairPage.getByRole("link", { name: /how the victim's perspective was considered/ }).waitFor();
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    await snap(chairPage, "03-decision-refused");
    // A note that names the victim is shown as likely personal data; the chair rewrites it.
    const note = form.getByLabel("How was the victim's perspective considered?");
    await note.fill("The victim, Ana Petrova, can be sheltered across the border within a day, with an interpreter.");
    await form.getByText("Likely personal data").waitFor();
    await form.getByText(/A\. P\*+/).waitFor();
    await note.fill("A victim in danger at home can be sheltered across the border within a day, with an interpreter.");
    await form.getByText("Likely personal data").waitFor({ state: "detached" });
    await form.getByRole("button", { name: "Record the decision" }).click();
    await chairPage.getByText("The decision is recorded.").waitFor();
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(1);

    await memberPage.getByRole("link", { name: "Decisions and action items" }).click();
    await memberPage.getByTestId("decision").getByText("within a day, with an interpreter").waitFor();
    await snap(memberPage, "04-member-decisions");
  });

  it("shows the empty chair on every meeting page, and its seat on the attendance list", async () => {
    const chair = await buildUser({ role: "chair" });
    const meeting = await buildMeeting({ participants: [chair], status: "in_progress" });
    const page = await signedInPage(chair);
    for (const path of ["", "/attendance", "/records", "/history", "/present", "/edit"]) {
      await page.goto(`${server.url}/meetings/${meeting._id}${path}`);
      await expectEmptyChair(page);
    }
    await page.goto(`${server.url}/meetings/${meeting._id}/attendance`);
    await page.getByTestId("empty-chair-seat").waitFor();
    await page.getByRole("button", { name: "Make smaller" }).click();
    await expectEmptyChair(page);
    await snap(page, "05-attendance");
    await page.goto(`${server.url}/prompts`);
    await expectEmptyChair(page);
  });
});
