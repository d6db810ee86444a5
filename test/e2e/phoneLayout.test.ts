import { expect } from "chai";
import type { Page } from "playwright-core";
import { browserSuite } from "../support/browserSuite";
import { createDocument } from "../support/documentFactories";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";
import { TestClient } from "../support/testClient";

/** The header and navigation at desktop and phone width; the empty chair and the personal-data check on a phone. */
describe("e2e: desktop and phone layout", function () {
  this.timeout(120_000);
  const suite = browserSuite();
  const nav = (page: Page) => page.getByRole("navigation", { name: /Main navigation|Navigation principale/ });
  const headerHeight = (page: Page) => page.locator(".app-header").evaluate((e) => e.getBoundingClientRect().height);
  /** The distinct tops of the main navigation's entries: one value when it is one line. */
  const snap = async (page: Page, name: string) => {
    if (!process.env.E2E_SCREENSHOTS) return;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/layout-${name}.png` });
  };
  const navRows = (page: Page) => page.locator(".main-nav-list > li").evaluateAll((items) => [...new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)))]);

  it("keeps the secretariat's navigation on one line at 1366 px, in English and in French, with the administration in one menu", async () => {
    const secretariat = await buildUser({ role: "secretariat" });
    const page = await suite.signedInPage(secretariat);
    await page.setViewportSize({ width: 1366, height: 900 });
    await nav(page).getByRole("link", { name: "Meetings" }).waitFor();
    await snap(page, "1366-secretariat");
    expect(await navRows(page)).to.have.length(1);
    expect(await headerHeight(page)).to.be.below(160);
    await nav(page).getByRole("button", { name: "Administration" }).click();
    await page.getByRole("menuitem", { name: "People" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    expect(await nav(page).getByRole("button", { name: "Administration" }).getAttribute("class")).to.contain("active");
    await page.getByRole("button", { name: "Français" }).click();
    await nav(page).getByRole("link", { name: "Réunions" }).waitFor();
    expect(await navRows(page)).to.have.length(1);
    await page.getByRole("button", { name: "English" }).click();
    await nav(page).getByRole("link", { name: "Meetings" }).waitFor();
  });

  it("on a phone, the header is one short row and the navigation opens from Menu", async () => {
    const secretariat = await buildUser({ role: "secretariat" });
    const page = await suite.signedInPage(secretariat);
    await page.setViewportSize({ width: 390, height: 844 });
    const toggle = page.getByRole("button", { name: "Menu", exact: true });
    await toggle.waitFor();
    await snap(page, "390-closed");
    expect(await headerHeight(page)).to.be.below(80);
    expect(await nav(page).isVisible()).to.equal(false);
    expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).to.equal(false);

    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).to.equal("true");
    await nav(page).getByRole("link", { name: "Quarantine" }).waitFor(); // administration is a plain list here
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await snap(page, "390-open");
    await nav(page).getByRole("link", { name: "Meetings" }).click();
    await page.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    expect(await nav(page).isVisible(), "closed after following a link").to.equal(false);

    await toggle.click();
    await nav(page).waitFor();
    await page.keyboard.press("Escape");
    await nav(page).waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal("compact-menu-toggle");
  });

  it("on a phone, the empty chair is compact but shown at the top of a meeting, and the personal-data check is one tap from the text", async () => {
    const member = await buildUser({ role: "member" });
    const meeting = await buildMeeting({ participants: [member], status: "in_progress" });
    const http = new TestClient(suite.server.url);
    await http.signIn(member.email, member.password, member.totpSecret);
    const documentId = await createDocument(http, { title: "Joint inspections", language: "en", template: "good_practice" });
    const page = await suite.signedInPage(member);
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    const chair = page.getByTestId("empty-chair");
    await chair.getByTestId("empty-chair-prompt").waitFor();
    expect(await chair.getByRole("button", { name: "Show in full" }).getAttribute("aria-pressed")).to.equal("true");
    await snap(page, "390-meeting");
    const box = (await chair.boundingBox())!;
    expect(box.y + box.height, "the whole chair in the first screen").to.be.below(844);
    await chair.getByRole("button", { name: "Show in full" }).click();
    await chair.getByText("This seat is reserved for the victims of trafficking.", { exact: false }).waitFor();

    await page.goto(`${suite.server.url}/documents/${documentId}`);
    await page.getByRole("textbox", { name: "Document text" }).waitFor();
    const jump = page.getByRole("link", { name: "Go to the personal-data check" });
    expect((await jump.boundingBox())!.y).to.be.below(844);
    await jump.click();
    await page.waitForFunction(() => document.activeElement?.id === "personal-data");
    const panel = (await page.locator("#personal-data-title").boundingBox())!;
    expect(panel.y).to.be.within(0, 844);
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await jump.isVisible(), "beside the text on a wide screen, no link needed").to.equal(false);
  });
});
