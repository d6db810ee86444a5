import { readFile } from "node:fs/promises";
import { expect } from "chai";
import type { Page } from "playwright-core";
import { User } from "../../server/models/User";
import { PATHWAY_STAGES } from "../../shared/directory";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildContactPoint, buildOrganisation, signedIn } from "../support/directoryFactories";
import { fillDate } from "../support/dateInput";
import { buildUser } from "../support/factories";
import { agendaEntry, buildMeeting } from "../support/meetingFactories";

const MONTH = 30 * 86_400_000;

/** The directory in Chromium: search, the card (and its call view), the vCard, a stale entry confirmed, pathways, axe, phone width. */
describe("e2e: the contact-point directory", function () {
  this.timeout(180_000);
  const suite = browserSuite();

  async function expectAccessible(page: Page, where: string) {
    await page.waitForFunction(() => ![...document.querySelectorAll("main [role=status]")].some((status) => status.textContent?.includes("Loading…")));
    const violations = await seriousViolations(page);
    expect(violations, `${where}\n${describeViolations(violations)}`).to.deep.equal([]);
  }

  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it("a member finds a contact point, opens its card, downloads its vCard, and confirms a stale entry", async () => {
    const itm = await buildOrganisation({ name: "Inspection du travail et des mines (e2e)", discipline: "labour_inspection", country: "LU" });
    const unit = await buildContactPoint(itm, { function: "Cellule traite des êtres humains", phone: "+352 20 00 00 01", email: "traite@example.lu", tags: ["labour_exploitation", "identification"], languages: ["fr", "de"] });
    await buildContactPoint(itm, { kind: "person", name: "Nadia Staleworth", function: "Inspectrice référente", tags: ["labour_exploitation"], verifiedAt: new Date(Date.now() - 8 * MONTH) });
    const member = await buildUser({ role: "member", name: "Maarten Member" });
    await User.updateOne({ _id: member.user._id }, { $set: { organisationId: itm._id } });
    const page = await suite.signedInPage(member);

    // From the home page, through the navigation, to a search.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).click();
    await page.getByRole("heading", { level: 1, name: "Directory" }).waitFor();
    const search = page.getByRole("search", { name: "Search the directory" });
    await search.getByLabel("Name, function or organisation").fill("cellule traite");
    await search.getByLabel("Country").selectOption("LU");
    await search.getByLabel("Contact them for").selectOption("labour_exploitation");
    await search.getByRole("button", { name: "Search" }).click();
    await page.getByRole("status").filter({ hasText: "1 contact point found" }).waitFor();
    expect(page.url()).to.match(/q=cellule\+traite/).and.match(/country=LU/);
    await expectAccessible(page, "directory search");

    // The card, and its full-screen view for a call.
    await page.getByTestId("directory-results").getByRole("link", { name: "Cellule traite des êtres humains" }).click();
    await page.getByRole("heading", { level: 1, name: "Cellule traite des êtres humains" }).waitFor();
    expect(await page.getByRole("link", { name: "+352 20 00 00 01" }).getAttribute("href")).to.equal("tel:+35220000001");
    await expectAccessible(page, "contact-point card");
    await page.getByRole("button", { name: "Full screen, for a call" }).click();
    const leave = page.getByRole("button", { name: "Leave full screen" });
    await leave.waitFor();
    expect(await leave.evaluate((button) => document.activeElement === button)).to.equal(true);
    expect(await page.getByTestId("contact-point").getAttribute("class")).to.contain("is-call-view");
    await expectAccessible(page, "call view");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Full screen, for a call" }).waitFor();

    // The vCard downloads, with the entry in it.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the vCard" }).click()]);
    expect(download.suggestedFilename()).to.equal(`greychair-contact-point-${unit.id}.vcf`);
    const card = await readFile((await download.path())!, "utf8");
    expect(card).to.contain("BEGIN:VCARD").and.contain("Cellule traite des êtres humains").and.contain("traite@example.lu");

    // The stale entry is flagged in the results and on its card; its owner's organisation confirms it.
    await page.goto(`${suite.server.url}/directory?status=stale&country=LU`);
    const stale = page.getByTestId("directory-results").getByTestId("contact-point-result").filter({ hasText: "Nadia Staleworth" });
    await stale.waitFor();
    expect(await stale.getAttribute("data-status")).to.equal("stale");
    expect(await stale.getByTestId("freshness").innerText()).to.equal("Stale");
    await page.getByTestId("directory-to-verify").getByRole("link", { name: "Nadia Staleworth" }).waitFor();
    await stale.getByRole("link", { name: "Nadia Staleworth" }).click();
    await page.getByText("This entry has not been confirmed for more than six months").waitFor();
    await page.getByRole("button", { name: "Confirm it is still right" }).click();
    await page.getByText(/Thank you: the entry is confirmed until/).waitFor();
    expect(await page.getByTestId("freshness").first().getAttribute("data-status")).to.equal("fresh");

    // Its own organisation's entry: a bad number is refused on the field, a good one is saved.
    await page.getByRole("link", { name: "Inspection du travail et des mines (e2e)" }).first().click();
    await page.getByRole("button", { name: "Update the organisation" }).click();
    const switchboard = page.getByLabel("Switchboard");
    await switchboard.fill("call us");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.locator(".error-summary").waitFor();
    await expectAccessible(page, "organisation form with an error");
    await switchboard.fill("+352 20 00 00 99");
    await page.getByLabel("Reachable day and night").check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("The organisation is saved.").waitFor();
    await page.getByRole("link", { name: "+352 20 00 00 99" }).waitFor();

    // A member adds a named person to their organisation; a function-based entry has no name field.
    await page.getByRole("button", { name: "Add a contact point" }).click();
    expect(await page.getByLabel("The person’s name").count()).to.equal(0);
    await page.getByLabel("Kind of entry").selectOption("person");
    await page.getByLabel("The person’s name").fill("Paul Newcomer");
    await page.getByLabel("Function", { exact: true }).fill("Inspecteur de garde");
    await page.getByLabel("Labour exploitation").check();
    await page.getByRole("button", { name: "Add a contact point" }).click();
    await page.getByRole("heading", { level: 1, name: "Paul Newcomer" }).waitFor();
    expect(await page.getByTestId("freshness").first().getAttribute("data-status")).to.equal("fresh");
  });

  it("pathways per country and side by side, with history; the secretariat's freshness report; on a phone too", async () => {
    const { client: secretariatHttp, built: secretariat } = await signedIn(suite.server.url, "secretariat");
    const police = await buildOrganisation({ name: "Police Grand-Ducale (e2e)", discipline: "police", country: "LU" });
    const section = await buildContactPoint(police, { function: "Section traite des êtres humains", tags: ["identification"] });
    const national = (country: string) => ({ kind: "national", country, title: `${country} referral mechanism`, language: "en", steps: PATHWAY_STAGES.map((stage) => ({ stage, title: `${country}: ${stage.replace(/_/g, " ")}`, contactPointIds: stage === "detection" && country === "LU" ? [section.id] : [] })) });
    for (const country of ["BE", "LU"]) expect((await secretariatHttp.post("/api/pathways", national(country))).status).to.equal(201);
    const crossBorder = await secretariatHttp.post("/api/pathways", { kind: "cross_border", fromCountry: "BE", toCountry: "LU", situation: "exploited", exploitation: ["labour_exploitation"], title: "Identified in Antwerp, exploited in Luxembourg", language: "en", steps: [{ title: "Call the Luxembourg police first", contactPointIds: [section.id] }] });
    expect(crossBorder.status).to.equal(201);

    const page = await suite.signedInPage(secretariat);
    await page.goto(`${suite.server.url}/directory/pathways?country=LU`);
    await page.getByTestId("pathway-steps").waitFor();
    await page.getByTestId("contact-point-card").filter({ hasText: "Section traite des êtres humains" }).first().waitFor();
    await page.getByRole("link", { name: "Identified in Antwerp, exploited in Luxembourg" }).waitFor();
    await expectAccessible(page, "pathways of LU");

    await page.getByLabel("Side by side with").selectOption("BE");
    await page.getByRole("button", { name: "Show" }).click();
    await page.getByTestId("pathway-compare").waitFor();
    await page.getByText("BE: detection").waitFor();
    await page.getByText("LU: detection").waitFor();
    await expectAccessible(page, "pathways side by side");

    // Editing records a new version in the history.
    await page.getByRole("link", { name: "Identified in Antwerp, exploited in Luxembourg" }).click();
    await page.getByRole("button", { name: "Edit the pathway" }).click();
    await page.getByLabel("Step 1: who acts").fill("The police officer who identified the person");
    await page.getByRole("button", { name: "Save the pathway" }).click();
    await page.getByText("Saved as version 2.").waitFor();
    await page.getByTestId("pathway-history").getByText(/Version 2/).waitFor();
    await expectAccessible(page, "pathway with history");

    // An agenda item refers to a contact point, picked by name, and shows it as a card.
    const meeting = await buildMeeting({ title: "Spring meeting", participants: [secretariat], agenda: [agendaEntry({ title: "Opening" })] });
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    const adding = page.getByRole("region", { name: "Add to the agenda" });
    await adding.getByLabel("Title", { exact: true }).fill("Cross-border referral to Luxembourg");
    const picker = adding.getByRole("group", { name: "Contact points" });
    await picker.getByLabel("Find a contact point by name, function or organisation").fill("section traite");
    await picker.getByLabel("Find a contact point by name, function or organisation").press("Enter");
    await picker.getByRole("button", { name: "Add Section traite des êtres humains (Police Grand-Ducale (e2e))" }).click();
    await picker.getByRole("button", { name: "Remove Section traite des êtres humains" }).waitFor();
    await expectAccessible(page, "agenda form with the picker");
    await adding.getByRole("button", { name: "Add to the agenda" }).click();
    await page.getByRole("region", { name: "Agenda", exact: true }).getByTestId("contact-point-card").filter({ hasText: "Section traite des êtres humains" }).first().waitFor();

    await page.goto(`${suite.server.url}/directory/freshness`);
    await page.getByTestId("freshness-report").waitFor();
    await expectAccessible(page, "freshness report");

    // Past the first page, "Show more" appends the next one.
    const paging = await buildOrganisation({ name: "Paging office (e2e)", discipline: "ministry", country: "NL" });
    for (let n = 1; n <= 27; n++) await buildContactPoint(paging, { function: `Paging desk ${n}` });
    await page.goto(`${suite.server.url}/directory?q=paging+desk`);
    await page.getByRole("status").filter({ hasText: "27 contact points found" }).waitFor();
    const results = page.getByTestId("directory-results").getByTestId("contact-point-result");
    expect(await results.count()).to.equal(25);
    await page.getByRole("button", { name: "Show more" }).click();
    await results.nth(26).waitFor();
    expect(await results.count()).to.equal(27);
    expect(await page.getByRole("button", { name: "Show more" }).count()).to.equal(0);

    // The secretariat lets an observer see named people until a day; an empty date withdraws it.
    const watcher = await buildUser({ role: "observer", name: "Olga Observer", accessUntil: new Date(Date.now() + 90 * 86_400_000) });
    await page.goto(`${suite.server.url}/directory/grants`);
    const grant = page.getByRole("form", { name: "Olga Observer" });
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await fillDate(grant, "Named people visible until", until);
    await grant.getByRole("button", { name: "Save" }).click();
    await grant.getByText("Saved.").waitFor();
    expect((await User.findById(watcher.user._id).lean())!.directoryPeopleUntil).to.be.instanceOf(Date);
    await expectAccessible(page, "observers' grants");

    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/directory", `/directory/contact-points/${section.id}`, "/directory/pathways?country=LU&compare=BE"]) {
      await page.goto(suite.server.url + path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectAccessible(page, `phone ${path}`);
      expect(await noSidewaysScroll(page), `sideways scroll on ${path}`).to.equal(true);
    }
  });

  it("an observer sees organisations and function-based entries, not named people, and no exports", async () => {
    const shelter = await buildOrganisation({ name: "Refuge Observé (e2e)", discipline: "shelter_ngo", country: "BE" });
    await buildContactPoint(shelter, { function: "Permanence accueil observée" });
    const person = await buildContactPoint(shelter, { kind: "person", name: "Hidden Person Observed", function: "Coordinatrice observée" });
    const observer = await buildUser({ role: "observer", accessUntil: new Date(Date.now() + 90 * 86_400_000) });
    const page = await suite.signedInPage(observer);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).click();
    await page.goto(`${suite.server.url}/directory?q=observ`);
    await page.getByTestId("directory-results").getByRole("link", { name: "Permanence accueil observée" }).waitFor();
    expect(await page.getByText("Hidden Person Observed").count()).to.equal(0);
    expect(await page.getByRole("link", { name: /vCard|CSV|PDF/ }).count()).to.equal(0);
    expect(await page.getByRole("heading", { name: "Your entries to confirm" }).count()).to.equal(0);
    await expectAccessible(page, "directory as an observer");
    await page.goto(`${suite.server.url}/directory/contact-points/${person.id}`);
    await page.getByRole("heading", { level: 1, name: "This contact point is not in the directory" }).waitFor();
  });
});
