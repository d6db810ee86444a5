import { expect } from "chai";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { en } from "../../client/i18n/en";
import { fr } from "../../client/i18n/fr";
import { nl } from "../../client/i18n/nl";
import meetingFinaliser from "../../server/commands/meetingFinaliser";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { createDocument } from "../support/documentFactories";
import { buildUser, type BuiltUser } from "../support/factories";
import { agendaEntry, buildDecision, buildMeeting } from "../support/meetingFactories";
import { TestClient } from "../support/testClient";

const LANGUAGES = [
  { code: "nl", button: "Nederlands", words: nl },
  { code: "fr", button: "Français", words: fr },
  { code: "en", button: "English", words: en },
] as const;
const VIEWPORTS = [
  { name: "1366", width: 1366, height: 900 },
  { name: "390", width: 390, height: 844 },
] as const;
/** Pages kept as pictures (CI artefacts, git-ignored). */
const SCREENSHOTS = "test-results/screens";
const KEY_PAGES = new Set(["/", "meeting", "room", "document"]);
/** Every message key, to catch one shown instead of its words. */
const KEYS = Object.keys(en).filter((key) => key.includes("."));

/**
 * Every route as each role, in nl, fr and en, at desktop and phone width: axe-core (0 serious or
 * critical), no console error, no message key or {placeholder} on the screen. One browser, one
 * sign-in per role, one page at a time (the suite must stay short on two cores).
 */
describe("e2e: every screen, as each role, in three languages, at two widths", function () {
  this.timeout(600_000);
  const suite = browserSuite();

  /** What should be on the screen, and nothing that should not; the page is already there. */
  async function check(page: Page, problems: string[], label: string, loading: string) {
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.getByRole("status").filter({ hasText: loading }).first().waitFor({ state: "detached" });
    const text = await page.locator("body").innerText();
    const keysShown = KEYS.filter((key) => text.includes(key));
    expect(keysShown, `${label}: message keys on the screen`).to.deep.equal([]);
    expect(text.match(/\{[a-zA-Z]+\}|\{\w+, plural,/g) ?? [], `${label}: placeholders left`).to.deep.equal([]);
    const violations = await seriousViolations(page);
    expect(violations, `${label}\n${describeViolations(violations)}`).to.deep.equal([]);
    expect(problems, `${label}: console errors`).to.deep.equal([]);
  }

  /** The header's buttons, or (on the room screen, which has none) the account page's. */
  async function chooseLanguage(page: Page, language: (typeof LANGUAGES)[number], path: string) {
    if ((await page.getAttribute("html", "lang")) === language.code) return;
    const button = page.getByRole("button", { name: language.button, exact: true });
    if ((await button.count()) > 0) await button.click();
    else {
      await page.goto(suite.server.url + "/account");
      await page.getByRole("button", { name: language.button, exact: true }).click();
      await page.locator(`html[lang="${language.code}"]`).waitFor();
      await page.goto(suite.server.url + path);
    }
    await page.locator(`html[lang="${language.code}"]`).waitFor();
  }

  /**
   * Each route is opened once; the languages are switched and the width changed on the page as it
   * is (what a person does), so a route costs one load and six checks.
   */
  async function sweep(user: BuiltUser, routes: [name: string, path: string][]) {
    const page = await suite.signedInPage(user);
    const problems: string[] = [];
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("pageerror", (error) => problems.push(error.message));
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, path] of routes) {
      await page.setViewportSize(VIEWPORTS[0]);
      await page.goto(suite.server.url + path);
      for (const language of LANGUAGES) {
        await page.setViewportSize(VIEWPORTS[0]);
        await chooseLanguage(page, language, path);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          await check(page, problems, `${user.user.role} ${language.code} ${viewport.name} ${path}`, language.words["common.loading"]);
          if (KEY_PAGES.has(name)) await page.screenshot({ path: `${SCREENSHOTS}/${user.user.role}-${name === "/" ? "home" : name}-${language.code}-${viewport.name}.png` });
        }
      }
    }
  }

  let world: { meetingId: string; closedId: string; documentId: string; versionId: string; archiveNumber: string; secretariat: BuiltUser; chair: BuiltUser; member: BuiltUser; observer: BuiltUser };
  before(async () => {
    const secretariat = await buildUser({ role: "secretariat" });
    const chair = await buildUser({ role: "chair" });
    const member = await buildUser({ role: "member" });
    const observer = await buildUser({ role: "observer", accessUntil: new Date(Date.now() + 30 * 86_400_000) });
    const participants = [secretariat, chair, member, observer];
    const http = new TestClient(suite.server.url);
    await http.signIn(member.email, member.password, member.totpSecret);
    const documentId = await createDocument(http, { title: "Joint inspections", language: "en" });
    const versionId = (await http.post(`/api/documents/${documentId}/versions`, { name: "First draft" })).body.id as string;
    const meeting = await buildMeeting({ participants, status: "in_progress", agenda: [agendaEntry({ title: "Opening" }), agendaEntry({ title: "Shelters", type: "decision", tags: ["shelter_and_care"] })] });
    const closed = await buildMeeting({ participants, status: "closed" });
    await buildDecision(closed, chair);
    const [archiveNumber] = await meetingFinaliser({ actor: { id: chair.user.id, name: chair.user.name, role: "chair", active: true }, meetingId: String(closed._id) });
    world = { meetingId: String(meeting._id), closedId: String(closed._id), documentId, versionId, archiveNumber: archiveNumber!, secretariat, chair, member, observer };
  });

  const everyone = (): [string, string][] => [
    ["/", "/"],
    ["account", "/account"],
    ["meetings", "/meetings"],
    ["meeting", `/meetings/${world.meetingId}`],
    ["attendance", `/meetings/${world.meetingId}/attendance`],
    ["records", `/meetings/${world.closedId}/records`],
    ["history", `/meetings/${world.meetingId}/history`],
    ["room", `/meetings/${world.meetingId}/room`],
    ["documents", "/documents"],
  ];
  const contributors = (): [string, string][] => [
    ...everyone(),
    ["archive", "/archive"],
    ["archive record", `/archive/${world.archiveNumber}`],
    ["document", `/documents/${world.documentId}`],
    ["document history", `/documents/${world.documentId}/history`],
    ["version comparison", `/documents/${world.documentId}/history/compare?from=${world.versionId}&to=current`],
    ["new document", "/documents/new"],
    ["action items", "/action-items"],
    ["prompts", "/prompts"],
    ["two-factor", "/account/two-factor"],
  ];

  it("as the secretariat", async () => {
    await sweep(world.secretariat, [
      ...contributors(),
      ["new meeting", "/meetings/new"],
      ["edit meeting", `/meetings/${world.meetingId}/edit`],
      ["document settings", `/documents/${world.documentId}/settings`],
      ["users", "/admin/users"],
      ["user", `/admin/users/${world.member.user.id}`],
      ["invitations", "/admin/invitations"],
      ["organisations", "/admin/organisations"],
      ["settings", "/admin/settings"],
      ["audit", "/admin/audit"],
      ["quarantine", "/admin/quarantine"],
    ]);
  });

  it("as a chair", async () => {
    await sweep(world.chair, [...contributors(), ["new meeting", "/meetings/new"], ["edit meeting", `/meetings/${world.meetingId}/edit`]]);
  });

  it("as a member", async () => {
    await sweep(world.member, [...contributors(), ["document settings", `/documents/${world.documentId}/settings`]]);
  });

  it("as an observer", async () => {
    await sweep(world.observer, everyone());
  });
});
