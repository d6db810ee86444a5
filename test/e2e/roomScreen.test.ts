import { expect } from "chai";
import type { Page } from "playwright-core";
import { Meeting } from "../../server/models/Meeting";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { agendaEntry, buildMeeting } from "../support/meetingFactories";

/** The room screen: a page of its own for the projector, run by the chair with the keys. */
describe("e2e: the room screen", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  const liveOf = async (id: unknown) => (await Meeting.findById(id).lean())!;
  const current = (page: Page) => page.getByTestId("room-current");

  it("shows the current item, its timer, what comes next and the empty chair large at 1920×1080, without the app's header; the chair's keys run the meeting", async () => {
    const chair = await buildUser({ role: "chair", name: "Claire Chair" });
    const member = await buildUser({ role: "member", name: "Maarten Member" });
    const opening = agendaEntry({ title: "Opening and adoption of the agenda", plannedMinutes: 5, presenter: "Claire Chair" });
    const shelters = agendaEntry({ title: "Weekly exchange of shelter places between the three countries", type: "decision", plannedMinutes: 30, tags: ["shelter_and_care"] });
    const meeting = await buildMeeting({
      title: "Benelux working group — spring meeting",
      participants: [chair, member],
      status: "in_progress",
      currentItemId: opening.id,
      agenda: [opening, agendaEntry({ kind: "section", title: "Shelter and care" }), shelters, agendaEntry({ title: "Any other business", plannedMinutes: 10 })],
    });
    const chairPage = await suite.signedInPage(chair);
    await chairPage.setViewportSize({ width: 1920, height: 1080 });
    const memberPage = await suite.signedInPage(member);
    await memberPage.goto(`${suite.server.url}/meetings/${meeting._id}/room`);

    // From the meeting's pages, its link opens the room screen.
    await chairPage.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await chairPage.getByRole("link", { name: "Room screen" }).click();
    await chairPage.waitForURL(/\/room$/);
    await current(chairPage).getByText("Opening and adoption of the agenda").waitFor();
    await chairPage.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
    expect(await chairPage.locator(".app-header, .app-footer, nav").count(), "no app chrome").to.equal(0);
    expect(await chairPage.getByRole("heading", { level: 1 }).textContent()).to.equal("Benelux working group — spring meeting");
    await chairPage.getByText("Presented by Claire Chair").waitFor();
    expect(await chairPage.getByTestId("room-next").locator("li").allTextContents()).to.deep.equal(["2. Weekly exchange of shelter places between the three countries", "3. Any other business"]);
    await chairPage.getByTestId("empty-chair-prompt").waitFor();

    // Readable from the back of the room: large type, and all of it on the one screen.
    const sizes = await chairPage.evaluate(() => {
      const [current, prompt, clock] = ['[data-testid="room-current"]', '[data-testid="empty-chair-prompt"]', ".room-clock"].map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize));
      const bottom = Math.max(...[...document.querySelectorAll(".room-frame > *")].map((e) => e.getBoundingClientRect().bottom));
      return { current, prompt, clock, bottom, height: window.innerHeight };
    });
    expect(sizes.current).to.be.at.least(72);
    expect(sizes.clock).to.be.at.least(140);
    expect(sizes.prompt).to.be.at.least(48);
    expect(sizes.bottom, "fits in 1080 px").to.be.at.most(sizes.height);
    if (process.env.E2E_SCREENSHOTS) await chairPage.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/room-screen-1920.png` });
    const violations = await seriousViolations(chairPage);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    // Space starts the timer, for everyone; again pauses it.
    await chairPage.keyboard.press("Space");
    await memberPage.locator('[data-testid="room-timer"][data-running="true"]').waitFor();
    expect((await liveOf(meeting._id)).timer?.itemId).to.equal(opening.id);
    await chairPage.keyboard.press("Space");
    await memberPage.locator('[data-testid="room-timer"][data-running="false"]').waitFor();

    // The next item (the section heading is skipped), on the member's screen too; then back.
    await chairPage.keyboard.press("PageDown");
    await current(memberPage).getByText("Weekly exchange of shelter places").waitFor();
    await memberPage.getByTestId("room-announcement").getByText("Now: 2. Weekly exchange").waitFor();
    expect((await liveOf(meeting._id)).currentItemId).to.equal(shelters.id);
    expect(await memberPage.getByTestId("room-next").locator("li").allTextContents()).to.deep.equal(["3. Any other business"]);
    await chairPage.keyboard.press("ArrowLeft");
    await current(memberPage).getByText("Opening and adoption").waitFor();
    await chairPage.keyboard.press("ArrowLeft");
    await chairPage.getByTestId("room-announcement").getByText("This is the first item of the agenda.").waitFor();

    // Full screen (the Fullscreen API): entered as the link opened the page; left and entered again with the button and F.
    await chairPage.waitForFunction(() => document.fullscreenElement !== null);
    await chairPage.getByRole("button", { name: "Leave full screen" }).click();
    await chairPage.waitForFunction(() => document.fullscreenElement === null);
    await chairPage.getByRole("button", { name: "Full screen", exact: true }).waitFor();
    await chairPage.keyboard.press("f");
    await chairPage.waitForFunction(() => document.fullscreenElement !== null);

    // The member's keys change nothing, and the member is shown none.
    expect(await memberPage.getByRole("list", { name: "Keys for the chair" }).count()).to.equal(0);
    await memberPage.keyboard.press("PageDown");
    await memberPage.keyboard.press("Space");
    const after = await liveOf(meeting._id);
    expect(after.currentItemId).to.equal(opening.id);
    expect(after.timer).to.equal(null);
  });

  it("shows the time over the plan in words", async () => {
    const chair = await buildUser({ role: "chair" });
    const item = agendaEntry({ title: "Short item", plannedMinutes: 1 });
    const meeting = await buildMeeting({ participants: [chair], status: "in_progress", currentItemId: item.id, agenda: [item] });
    await Meeting.updateOne({ _id: meeting._id }, { $set: { elapsed: [{ itemId: item.id, ms: 150_000 }] } });
    const page = await suite.signedInPage(chair);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}/room`);
    await page.locator('[data-testid="room-timer"][data-over="true"]').waitFor();
    expect(await page.getByTestId("room-overrun").textContent()).to.contain("1:30 over time");
    await page.getByText("Nothing more on the agenda.").waitFor();
  });
});
