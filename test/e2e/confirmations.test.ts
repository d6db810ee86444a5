import { expect } from "chai";
import type { Page } from "playwright-core";
import { ArchiveRecord } from "../../server/models/ArchiveRecord";
import { Meeting } from "../../server/models/Meeting";
import { describeViolations, seriousViolations } from "../support/axe";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { buildUser, type BuiltUser } from "../support/factories";
import { agendaEntry, buildDecision, buildMeeting } from "../support/meetingFactories";

/** Irreversible actions ask first (issue 8 item 10): Escape and Cancel do nothing, confirming acts. */
describe("e2e: confirmation dialogs before irreversible meeting actions", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  /** Signed in, noting every refusal by the Content-Security-Policy (the dialogs must cause none). */
  async function signedInPage(user: BuiltUser): Promise<{ page: Page; cspProblems: string[] }> {
    const page = await suite.newPage();
    const cspProblems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) cspProblems.push(message.text());
    });
    await signInInBrowser(page, suite.server.url, user);
    return { page, cspProblems };
  }

  const dialog = (page: Page) => page.getByRole("alertdialog");
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  const statusOf = async (id: unknown) => (await Meeting.findById(id).lean())!.status;
  const agendaTitles = async (id: unknown) => (await Meeting.findById(id).lean())!.agenda.map((e) => e.title);

  it("removing an agenda item, closing and reopening the meeting: Escape and Cancel leave everything as it was, confirming acts", async () => {
    const chair = await buildUser({ role: "chair", name: "Carla Chair" });
    const meeting = await buildMeeting({
      participants: [chair],
      status: "in_progress",
      agenda: [agendaEntry({ title: "Opening" }), agendaEntry({ title: "Labour inspections in the port" })],
    });
    const { page, cspProblems } = await signedInPage(chair);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await page.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();

    // Remove: a menu of the row's other actions, then a dialog that names the item.
    const openRemove = async () => {
      await page.getByRole("button", { name: /More actions.*item 2, Labour inspections in the port/ }).click();
      await page.getByRole("menuitem", { name: "Remove" }).click();
      await dialog(page).waitFor();
    };
    await openRemove();
    expect(await dialog(page).getByRole("heading").textContent()).to.contain("Labour inspections in the port");
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === "Cancel");
    expect(await focusedText(page)).to.equal("Cancel"); // the destructive action is not the default
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await page.keyboard.press("Escape");
    await dialog(page).waitFor({ state: "detached" });
    await openRemove();
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await dialog(page).waitFor({ state: "detached" });
    expect(await agendaTitles(meeting._id)).to.deep.equal(["Opening", "Labour inspections in the port"]);
    expect(await page.getByTestId("agenda-entry-title").allTextContents()).to.deep.equal(["Opening", "Labour inspections in the port"]);

    await openRemove();
    await dialog(page).getByRole("button", { name: "Remove from the agenda" }).click();
    await dialog(page).waitFor({ state: "detached" });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="agenda-entry-title"]').length === 1);
    expect(await agendaTitles(meeting._id)).to.deep.equal(["Opening"]);
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal("agenda-title");

    // Close the meeting.
    const close = page.getByRole("button", { name: "Close the meeting" });
    await close.click();
    await dialog(page).getByText("The meeting ends for everyone").waitFor();
    await page.keyboard.press("Escape");
    await dialog(page).waitFor({ state: "detached" });
    // Radix hands focus back just after the dialog unmounts, not in the same frame: wait for it.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === "Close the meeting", undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await focusedText(page)).to.equal("Close the meeting"); // back on the button that opened it
    await close.click();
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await dialog(page).waitFor({ state: "detached" });
    expect(await statusOf(meeting._id)).to.equal("in_progress");

    await close.click();
    await dialog(page).getByRole("button", { name: "Close the meeting", exact: true }).click();
    await dialog(page).waitFor({ state: "detached" });
    await page.getByTestId("meeting-status").filter({ hasText: "Closed" }).waitFor();
    expect(await statusOf(meeting._id)).to.equal("closed");

    // A closed meeting that is not finalised can be reopened by the chair, after asking.
    const reopen = page.getByRole("button", { name: "Reopen the meeting" });
    await reopen.click();
    await dialog(page).getByText("in progress again").waitFor();
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await dialog(page).waitFor({ state: "detached" });
    expect(await statusOf(meeting._id)).to.equal("closed");
    await reopen.click();
    await dialog(page).getByRole("button", { name: "Reopen the meeting", exact: true }).click();
    await dialog(page).waitFor({ state: "detached" });
    await page.getByTestId("meeting-status").filter({ hasText: "In progress" }).waitFor();
    expect(await statusOf(meeting._id)).to.equal("in_progress");
    expect(cspProblems).to.deep.equal([]);
  });

  it("finalising asks first, names what cannot be undone, and archives only when confirmed", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sven Secretariat" });
    const meeting = await buildMeeting({ participants: [secretariat], status: "closed" });
    await buildDecision(meeting, secretariat);
    const { page } = await signedInPage(secretariat);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}/records`);
    const finalise = page.getByRole("button", { name: "Finalise and archive the decisions" });
    await finalise.click();
    await dialog(page).getByText("can never be changed or deleted").waitFor();
    expect(await focusedText(page)).to.equal("Cancel");
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await dialog(page).waitFor({ state: "detached" });
    expect(await statusOf(meeting._id)).to.equal("closed");
    expect(await ArchiveRecord.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);

    await finalise.click();
    await dialog(page).getByRole("button", { name: "Finalise and archive", exact: true }).click();
    await page.getByText("The meeting is finalised").waitFor();
    expect(await statusOf(meeting._id)).to.equal("finalised");
    expect(await ArchiveRecord.countDocuments({ meetingId: String(meeting._id) })).to.equal(1);
  });
});
