import { expect } from "chai";
import type { Browser, ConsoleMessage } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { buildUser } from "../support/factories";
import { unusedTotpCode } from "../support/testClient";
import { startTestServer, type TestServer } from "../support/testServer";

describe("e2e: client shell in Chromium", function () {
  this.timeout(60_000);
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("loads under the CSP, switches language and remembers the choice, and signs in to the home page", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message: ConsoleMessage) => {
      // A 401 from the session probe is expected for an anonymous visitor; anything else is a problem.
      if (message.type() === "error" && !/401/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));

    await page.goto(server.url + "/");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).to.equal("en");

    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
    expect(await page.getAttribute("html", "lang")).to.equal("nl");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();

    const member = await buildUser({ role: "member", language: "en" });
    await page.getByLabel("E-mail address").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Enter your sign-in code" }).waitFor();
    await page.getByLabel("Code").fill(await unusedTotpCode(member.email, member.totpSecret!));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { level: 1, name: /Welcome/ }).waitFor();

    expect(problems, problems.join("\n")).to.deep.equal([]);
    await context.close();
  });
});
