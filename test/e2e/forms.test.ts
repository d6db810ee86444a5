import { expect } from "chai";
import type { Page } from "playwright-core";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";

/** The one form pattern (client/components/form/): GOV.UK error summary, focus, and server problems on their fields. */
describe("e2e: forms in Chromium", function () {
  this.timeout(90_000);
  const suite = browserSuite();
  const newPage = () => suite.newPage();
  const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? "", className: document.activeElement?.className ?? "" }));

  it("a failed submit focuses the error summary, whose links move to the fields; nothing is sent until the answers pass the schema", async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on("request", (request) => request.method() === "POST" && requests.push(request.url()));
    await page.goto(suite.server.url + "/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    expect((await focused(page)).className).to.contain("error-summary");
    expect(await summary.getByRole("link").allTextContents()).to.deep.equal(["Enter your e-mail address", "Enter your password"]);
    expect(await page.getByLabel("E-mail address").getAttribute("aria-invalid")).to.equal("true");
    expect(requests.filter((url) => url.includes("/api/auth/sign-in"))).to.deep.equal([]);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    await summary.getByRole("link", { name: "Enter your password" }).click();
    expect((await focused(page)).id).to.equal("sign-in-password");

    // The same messages in another language.
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.getByRole("alert").filter({ hasText: "Er is een probleem" }).waitFor();
  });

  it("the server's refusal lands on the field it is about, in words (a common password on 'change password')", async () => {
    const member = await buildUser({ role: "member" });
    const page = await suite.signedInPage(member);
    await page.goto(suite.server.url + "/account");
    await page.getByLabel("Current password").fill(member.password);
    await page.getByLabel("New password", { exact: true }).fill("password1234");
    await page.getByLabel("Repeat new password").fill("password1234");
    await page.getByRole("button", { name: "Change password" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: /too common/ }).waitFor();
    expect((await focused(page)).className).to.contain("error-summary");
    const field = page.locator(".field.has-error", { has: page.getByLabel("New password", { exact: true }) });
    expect(await field.locator(".field-error").textContent()).to.match(/too common/);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    // A repeat that differs is caught before anything is sent.
    await page.getByLabel("New password", { exact: true }).fill("drie onverwante woorden samen");
    await page.getByLabel("Repeat new password").fill("drie onverwante woorden samen!");
    await page.getByRole("button", { name: "Change password" }).click();
    await summary.getByRole("link", { name: "The passwords are not the same. Type the same password twice" }).waitFor();
  });
});
