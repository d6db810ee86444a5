import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { Notification } from "../../server/models/Notification";
import { launchBrowser } from "../support/browser";
import { signInInBrowser } from "../support/browserSignIn";
import { buildUser } from "../support/factories";
import { startTestServer, type TestServer } from "../support/testServer";
import { eventually } from "../support/yClient";

describe("e2e: an @name mention in the document text, in Chromium", function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(name: string): Promise<Page> {
    const user = await buildUser({ role: "member", name });
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    page.on("pageerror", (error) => errors.push(`${name}: ${error.message}`));
    await signInInBrowser(page, server.url, user);
    return page;
  }

  it("offers the readers after @, inserts one with the keyboard, and the mentioned person is notified", async () => {
    const mireille = await buildUser({ role: "member", name: "Mireille Vandamme" });
    const a = await open("Anouk Verbeke");
    await a.goto(`${server.url}/documents/new`);
    await a.getByLabel("Title").fill("Referral between shelters");
    await a.getByLabel("Language").selectOption("en");
    await a.getByRole("button", { name: "Create document" }).click();
    await a.waitForURL(/\/documents\/[0-9a-f]{24}$/);
    const documentId = a.url().split("/").pop()!;
    const text = a.getByRole("textbox", { name: "Document text" });
    await text.waitFor();
    await a.getByTestId("connection-state").filter({ hasText: "Connected" }).waitFor();
    await text.click();
    await a.keyboard.type("Please check the procedure, @mire");

    const option = a.getByRole("option", { name: "@Mireille Vandamme" });
    await option.waitFor();
    expect(await option.getAttribute("aria-selected")).to.equal("true");
    expect(await text.getAttribute("aria-activedescendant")).to.equal(await option.getAttribute("id"));
    await a.keyboard.press("Enter");
    const mention = a.locator(".document-text .mention");
    await mention.waitFor();
    expect(await mention.textContent()).to.equal("@Mireille Vandamme");
    expect(await text.getAttribute("aria-expanded")).to.equal(null);
    await a.keyboard.type("thanks.");
    await a.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();

    await eventually(async () => (await Notification.countDocuments({ recipientId: mireille.user.id, type: "mention", "target.id": documentId })) === 1, "Mireille is told", 20_000);

    // Escape closes the list without inserting anything.
    await a.keyboard.type(" @mire");
    await option.waitFor();
    await a.keyboard.press("Escape");
    await option.waitFor({ state: "detached" });
    expect(await a.locator(".document-text .mention").count()).to.equal(1);

    // The node is stored: it is there after a reload.
    await a.reload();
    await a.locator(".document-text .mention").filter({ hasText: "@Mireille Vandamme" }).waitFor();
    expect(errors).to.deep.equal([]);
  });
});
