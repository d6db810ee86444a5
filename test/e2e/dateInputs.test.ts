import { expect } from "chai";
import { Meeting } from "../../server/models/Meeting";
import { brusselsLocalToInstant } from "../../shared/brusselsTime";
import { describeViolations, seriousViolations } from "../support/axe";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { dateGroup, fillDate, readDate } from "../support/dateInput";
import { buildUser } from "../support/factories";

/** <DateInput> and <TimeInput>: dates and times in the interface language's order and clock, not the browser's. */
describe("e2e: date and time inputs", function () {
  this.timeout(90_000);
  const suite = browserSuite();
  const nextYear = new Date().getUTCFullYear() + 1;

  it("a Dutch interface in an American browser asks day, month, year and a 24-hour time; a wrong date is refused by the schema, a right one saved", async () => {
    const chair = await buildUser({ role: "chair", name: "Chris Chair" });
    const context = await suite.browser.newContext({ locale: "en-US", timezoneId: "America/New_York" });
    const page = await context.newPage();
    try {
      await signInInBrowser(page, suite.server.url, chair);
      await page.goto(`${suite.server.url}/meetings/new`);
      await page.getByRole("button", { name: "Nederlands" }).click();
      await page.getByRole("heading", { level: 1, name: /vergadering/i }).waitFor();

      const date = dateGroup(page, "Datum");
      expect(await date.locator("label").allTextContents()).to.deep.equal(["Dag", "Maand", "Jaar"]);
      expect(await page.locator("input[type=date], input[type=time]").count()).to.equal(0);
      expect(await page.getByLabel("Begintijd").inputValue()).to.equal("10:00");

      // 31 February: nothing is sent, the message says why, its link goes to the first box.
      const posts: string[] = [];
      page.on("request", (request) => request.method() === "POST" && request.url().includes("/api/meetings") && posts.push(request.url()));
      await page.getByLabel("Titel", { exact: true }).fill("Overleg over arbeidsuitbuiting");
      await fillDate(page, "Datum", `${nextYear}-02-31`, "nl");
      await page.getByLabel("Begintijd").fill("25.00");
      await page.getByRole("button", { name: "Vergadering aanmaken" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Er is een probleem" });
      await summary.getByRole("link", { name: "Datum: vul een bestaande datum in" }).click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute("id"))).to.equal(await date.getByLabel("Dag", { exact: true }).getAttribute("id"));
      expect(await date.getByLabel("Dag", { exact: true }).getAttribute("aria-invalid")).to.equal("true");
      await summary.getByRole("link", { name: /begintijd/i }).waitFor();
      expect(posts).to.deep.equal([]);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).to.deep.equal([]);

      // 3 December at 14.30 (written the Dutch way) is 14:30 in Brussels, whatever the browser's zone.
      await fillDate(page, "Datum", `${nextYear}-12-03`, "nl");
      await page.getByLabel("Begintijd").fill("14.30");
      await page.getByRole("button", { name: "Vergadering aanmaken" }).click();
      await page.getByRole("heading", { level: 1, name: "Overleg over arbeidsuitbuiting" }).waitFor();
      const saved = await Meeting.findOne({ title: "Overleg over arbeidsuitbuiting" }).lean();
      expect(saved?.startsAt.toISOString()).to.equal(brusselsLocalToInstant(`${nextYear}-12-03T14:30`).toISOString());

      // The edit form shows the saved date in the boxes; in French too, day first.
      await page.goto(`${suite.server.url}/meetings/${String(saved!._id)}/edit`);
      expect(await readDate(page, "Datum", "nl")).to.equal(`${nextYear}-12-03`);
      expect(await page.getByLabel("Begintijd").inputValue()).to.equal("14:30");
      await page.getByRole("button", { name: "Français" }).click();
      await dateGroup(page, "Date").getByLabel("Jour", { exact: true }).waitFor();
      expect(await dateGroup(page, "Date").locator("label").allTextContents()).to.deep.equal(["Jour", "Mois", "Année"]);
      expect(await readDate(page, "Date", "fr")).to.equal(`${nextYear}-12-03`);

      // At phone width the three boxes stay on one line, inside the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      const boxes = await dateGroup(page, "Date").locator("input").evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
      expect(new Set(boxes.map((box) => box.top)).size).to.equal(1);
      expect(Math.max(...boxes.map((box) => box.right))).to.be.at.most(390);
      const phoneViolations = await seriousViolations(page);
      expect(phoneViolations, describeViolations(phoneViolations)).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });
});
