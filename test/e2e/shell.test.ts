import { expect } from "chai";
import type { Browser, ConsoleMessage } from "playwright-core";
import { launchBrowser } from "../support/browser";
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

  it("loads under the CSP, shows the server's health and switches language, remembering the choice", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));

    await page.goto(server.url + "/");
    await page.getByRole("heading", { level: 1, name: "Welcome to Greychair" }).waitFor();
    await page.getByText("The server and its database are ready.").waitFor();
    expect(await page.getAttribute("html", "lang")).to.equal("en");

    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Welkom bij Greychair" }).waitFor();
    await page.getByText("De server en de database zijn klaar.").waitFor();
    expect(await page.getAttribute("html", "lang")).to.equal("nl");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Welkom bij Greychair" }).waitFor();

    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Bienvenue sur Greychair" }).waitFor();

    expect(problems, problems.join("\n")).to.deep.equal([]);
    await context.close();
  });
});
