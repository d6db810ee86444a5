import { expect } from "chai";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";

/** The audit log reads in the reader's language: actions in words, the code beside them; the action filter is chosen by name. */
describe("e2e: the audit log in words", function () {
  this.timeout(90_000);
  const suite = browserSuite();

  it("names actions in Dutch, keeps the code visible, and filters by an action chosen by its name", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const page = await suite.signedInPage(secretariat);
    await page.goto(`${suite.server.url}/admin/audit`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Auditlog" }).waitFor();
    const signIn = page.getByRole("row").filter({ hasText: "auth.sign_in" }).first();
    await signIn.getByText("Aangemeld", { exact: true }).waitFor();

    await page.getByLabel("Handeling").selectOption({ label: "Aangemeld" });
    await page.getByRole("button", { name: "Regels tonen" }).click();
    await page.waitForURL(/action=auth\.sign_in/);
    // The filtered page loads after the URL changes: wait for its rows, not the ones before or the loading state.
    await page.waitForFunction(() => {
      const codes = [...document.querySelectorAll("tbody tr td:nth-child(4) code")].map((code) => code.textContent);
      return codes.length > 0 && codes.every((code) => code === "auth.sign_in");
    });
    const actions = await page.locator("tbody tr td:nth-child(4) code").allTextContents();
    expect(actions.length).to.be.greaterThan(0);
    expect(new Set(actions)).to.deep.equal(new Set(["auth.sign_in"]));
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
