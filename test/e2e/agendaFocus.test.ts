import { expect } from "chai";
import type { Page } from "playwright-core";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { agendaEntry, buildMeeting } from "../support/meetingFactories";

/** Focus stays where the chair works on the agenda, and changes are announced. */
describe("e2e: focus and announcements on the agenda", function () {
  this.timeout(120_000);
  const suite = browserSuite();
  const active = (page: Page) => page.evaluate(() => ({ testId: document.activeElement?.getAttribute("data-testid"), row: document.activeElement?.closest("[data-entry-id]")?.getAttribute("data-entry-id"), tag: document.activeElement?.tagName }));
  const announced = (page: Page, text: string) => page.getByTestId("agenda-announcement").filter({ hasText: text }).waitFor();

  it("keeps focus after starting the meeting, 'Discuss now' and moving an item, and says what changed", async () => {
    const chair = await buildUser({ role: "chair" });
    const member = await buildUser({ role: "member" });
    const opening = agendaEntry({ title: "Opening" });
    const shelters = agendaEntry({ title: "Shelters", description: "A long description\nover several lines\nso that this row\nis much taller\nthan the others." });
    const other = agendaEntry({ title: "Any other business" });
    const meeting = await buildMeeting({ participants: [chair, member], agenda: [opening, shelters, other] });
    const page = await suite.signedInPage(chair);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await page.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
    await page.getByRole("heading", { name: "Running the meeting" }).waitFor();

    await page.getByRole("button", { name: "Start the meeting" }).click();
    await page.getByTestId("meeting-status").filter({ hasText: "In progress" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "meeting-status");

    await page.getByRole("button", { name: /Discuss now.*item 2, Shelters/ }).click();
    await page.locator(`[data-entry-id="${shelters.id}"][aria-current="true"]`).waitFor();
    await announced(page, "Now discussing: Shelters");
    await page.waitForFunction((id) => document.activeElement?.getAttribute("data-entry-id") === id, shelters.id);

    await page.getByRole("button", { name: /More actions.*item 1, Opening/ }).click();
    await page.getByRole("menuitem", { name: "Move down" }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="agenda-entry-title"]')].map((e) => e.textContent).join("|") === "Shelters|Opening|Any other business");
    await announced(page, "Opening moved to position 2 of 3.");
    await page.waitForFunction((id) => document.activeElement?.classList.contains("menu-trigger") && document.activeElement.closest("[data-entry-id]")?.getAttribute("data-entry-id") === id, opening.id);
    expect((await active(page)).row).to.equal(opening.id);

    // Dragged over a taller row, the moving row keeps its own size (moved, never scaled).
    // Rows carry files and comments now: a tall window, scrolled to the target row, keeps both rows in view for the pointer.
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.locator(`[data-entry-id="${shelters.id}"]`).evaluate((e) => e.scrollIntoView({ block: "start" }));
    const handle = page.getByRole("button", { name: "Move Any other business" });
    const from = (await handle.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    const to = (await page.locator(`[data-entry-id="${shelters.id}"]`).boundingBox())!;
    for (let step = 1; step <= 5; step++) await page.mouse.move(from.x + from.width / 2, from.y + ((to.y + 10 - from.y) * step) / 5);
    const dragged = page.locator(`[data-entry-id="${other.id}"]`);
    await page.waitForFunction((id) => /translate/.test((document.querySelector(`[data-entry-id="${id}"]`) as HTMLElement).style.transform), other.id);
    expect(await dragged.evaluate((e) => (e as HTMLElement).style.transform)).not.to.match(/scale/);
    await page.keyboard.press("Escape");
    await page.mouse.up();

    // Those who do not run the meeting follow it under another heading.
    const memberPage = await suite.signedInPage(member);
    await memberPage.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await memberPage.getByRole("heading", { name: "The meeting now" }).waitFor();
    expect(await memberPage.getByRole("heading", { name: "Running the meeting" }).count()).to.equal(0);
  });
});
