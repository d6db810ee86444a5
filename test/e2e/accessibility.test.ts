import { expect } from "chai";
import type { Page } from "playwright-core";
import { describeViolations, seriousViolations } from "../support/axe";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { createDocument } from "../support/documentFactories";
import { buildUser } from "../support/factories";
import { agendaEntry, buildDecision, buildMeeting } from "../support/meetingFactories";
import { TestClient } from "../support/testClient";

/**
 * axe-core on every page built from the client patterns (forms, resource views, dialogs, menus), as
 * the secretariat, who sees the most: 0 serious or critical violations, and no "Loading…" left.
 */
describe("e2e: axe on the pages, as the secretariat", function () {
  this.timeout(180_000);
  const suite = browserSuite();

  async function check(page: Page, path: string, ready: (page: Page) => Promise<unknown>) {
    await page.goto(suite.server.url + path);
    await ready(page);
    // Several parts of a page may load at once: wait until none is still loading.
    await page.waitForFunction(() => ![...document.querySelectorAll("main [role=status]")].some((e) => e.textContent?.includes("Loading…")));
    const violations = await seriousViolations(page);
    expect(violations, `${path}\n${describeViolations(violations)}`).to.deep.equal([]);
  }

  it("finds no serious or critical violation", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Saskia Secretariat" });
    const http = new TestClient(suite.server.url);
    await http.signIn(secretariat.email, secretariat.password, secretariat.totpSecret);
    const documentId = await createDocument(http, { title: "Joint inspections", language: "en" });
    const meeting = await buildMeeting({ participants: [secretariat], status: "in_progress", agenda: [agendaEntry({ title: "Opening" }), agendaEntry({ title: "Shelters", type: "decision" })] });
    const closed = await buildMeeting({ participants: [secretariat], status: "closed" });
    await buildDecision(closed, secretariat);
    const page = await suite.newPage();
    await check(page, "/sign-in", (p) => p.getByRole("heading", { level: 1, name: "Sign in" }).waitFor());
    await signInInBrowser(page, suite.server.url, secretariat);

    const h1 = (name: string | RegExp) => (p: Page) => p.getByRole("heading", { level: 1, name }).waitFor();
    await check(page, "/", h1(/Welcome/));
    await check(page, "/account", h1("Your account"));
    await check(page, "/documents", h1("Documents"));
    await check(page, "/documents/new", h1("New document"));
    await check(page, `/documents/${documentId}/settings`, h1("Settings"));
    await check(page, `/documents/${documentId}/history`, h1("History"));
    await check(page, "/documents/64b7f0c2a1b2c3d4e5f60718", (p) => p.getByTestId("not-found").waitFor());
    await check(page, "/meetings", h1("Meetings"));
    await check(page, "/meetings/new", h1(/meeting/i));
    for (const sub of ["", "/attendance", "/records", "/history", "/room", "/edit"]) {
      await check(page, `/meetings/${meeting._id}${sub}`, (p) => p.getByTestId("empty-chair").waitFor());
    }
    // The agenda row's menu, open.
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await page.getByRole("button", { name: /More actions.*item 1, Opening/ }).click();
    await page.getByRole("menu").waitFor();
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await page.keyboard.press("Escape");
    await check(page, `/meetings/${closed._id}/records`, (p) => p.getByRole("button", { name: "Finalise and archive the decisions" }).waitFor());
    await page.getByRole("button", { name: "Finalise and archive the decisions" }).click();
    await page.getByRole("alertdialog").waitFor();
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await page.keyboard.press("Escape");

    await check(page, "/action-items", h1(/action items/i));
    await check(page, "/prompts", h1(/questions/));
    await check(page, "/archive", h1("Decision archive"));
    await check(page, "/archive/BNL-2020-999", (p) => p.getByTestId("not-found").waitFor());
    await check(page, "/admin/users", h1("People"));
    await check(page, `/admin/users/${secretariat.user.id}`, h1("Saskia Secretariat"));
    await check(page, "/admin/invitations", h1("Invitations"));
    await check(page, "/admin/organisations", h1("Organisations"));
    await check(page, "/admin/settings", h1(/Settings|Security/));
    await check(page, "/admin/audit", h1("Audit log"));
    await check(page, "/admin/quarantine", h1(/Quarantine|quarantine/));
  });
});
