import { expect } from "chai";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { buildUser } from "../support/factories";
import { startTestServer, type TestServer } from "../support/testServer";
import { signInInBrowser } from "../support/browserSignIn";

const SHOTS = process.env.E2E_SCREENSHOTS;

describe("e2e: co-edited documents in Chromium", function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  const cspErrors: string[] = [];
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(name: string, role: "member" | "secretariat" | "observer" = "member"): Promise<{ context: BrowserContext; page: Page; user: Awaited<ReturnType<typeof buildUser>> }> {
    const user = await buildUser({ role, name });
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    page.on("console", (message) => {
      const text = message.text();
      if (/Content.Security.Policy|Refused to/i.test(text)) cspErrors.push(`${name}: ${text}`);
    });
    page.on("pageerror", (error) => cspErrors.push(`${name} page error: ${error.message}`));
    await signInInBrowser(page, server.url, user);
    return { context, page, user };
  }

  it("two people co-edit, see each other, work offline, and publish after the personal-data check", async () => {
    const anna = await open("Anna Antwerpen");
    const a = anna.page;
    await a.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Documents" }).click();
    await a.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/01-library-empty.png`, fullPage: true });
    await a.getByRole("link", { name: "New document" }).click();
    await a.getByLabel("Title").fill("Joint labour inspections in the port");
    await a.getByLabel("Language").selectOption("en");
    await a.getByLabel("Template").selectOption("good_practice");
    await a.getByLabel("Classification").selectOption("internal");
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/02-new.png`, fullPage: true });
    await a.getByRole("button", { name: "Create document" }).click();
    await a.waitForURL(/\/documents\/[0-9a-f]{24}$/);
    const url = a.url();
    const textA = a.getByRole("textbox", { name: "Document text" });
    await textA.waitFor();
    await a.getByTestId("connection-state").filter({ hasText: "Connected" }).waitFor();
    await a.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await textA.click();
    await a.keyboard.press("Control+End");
    await a.keyboard.type(" Hello from Anna.");
    await a.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();

    const bram = await open("Bram Breda");
    const b = bram.page;
    await b.goto(url);
    const textB = b.getByRole("textbox", { name: "Document text" });
    await textB.waitFor();
    await b.getByText("Hello from Anna.").waitFor({ timeout: 2000 });
    await textB.click();
    await b.keyboard.press("Control+End");
    await b.keyboard.type(" And from Bram.");
    await a.getByText("And from Bram.").waitFor({ timeout: 2000 });
    await a.locator(".collab-caret-label", { hasText: "Bram Breda" }).waitFor({ timeout: 2000 });
    await b.locator(".collab-caret-label", { hasText: "Anna Antwerpen" }).waitFor({ timeout: 2000 });
    await a.getByTestId("presence").getByText("Bram Breda").waitFor();
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/03-coediting.png`, fullPage: true });

    // Offline edit merges after reconnect
    await bram.context.setOffline(true);
    await b.getByTestId("connection-state").filter({ hasText: "Offline" }).waitFor();
    await b.keyboard.type(" Written on the train.");
    await b.getByTestId("save-state").filter({ hasText: "Not saved yet (offline)" }).waitFor();
    if (SHOTS) await b.screenshot({ path: `${SHOTS}/04-offline.png`, fullPage: true });
    await a.keyboard.type(" Anna meanwhile.");
    await bram.context.setOffline(false);
    await b.getByTestId("connection-state").filter({ hasText: "Connected" }).waitFor({ timeout: 30_000 });
    await b.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await a.getByText("Written on the train.").waitFor({ timeout: 5000 });
    await b.getByText("Anna meanwhile.").waitFor({ timeout: 5000 });

    // An offline edit survives closing the tab: IndexedDB keeps it, the next visit sends it
    await bram.context.setOffline(true);
    await b.getByTestId("connection-state").filter({ hasText: "Offline" }).waitFor();
    await b.keyboard.type(" Kept on this device.");
    await b.waitForTimeout(500);
    await b.close();
    await bram.context.setOffline(false);
    const b2 = await bram.context.newPage();
    await b2.goto(url);
    await b2.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await a.getByText("Kept on this device.").waitFor({ timeout: 5000 });

    // Personal data, publish refused, acknowledge, publish
    await textA.click();
    await a.keyboard.press("Control+End");
    await a.keyboard.press("Enter");
    await a.keyboard.type("Contact: anna.victim@example.org");
    await a.locator("#personal-data").getByText("E-mail address", { exact: true }).waitFor();
    await a.locator(".document-text .personal-data").first().waitFor();
    await a.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await a.waitForTimeout(500);
    await a.getByRole("button", { name: "Publish" }).click();
    await a.getByText("The document cannot be published yet").waitFor();
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/05-blocked.png`, fullPage: true });
    // The text names its writers ("Hello from Anna."): the editor loads the name gazetteer and flags them too.
    await a.locator("#personal-data").getByText("Person's name", { exact: true }).first().waitFor();
    const acknowledge = a.getByRole("button", { name: /^Acknowledge/ });
    const openFindings = await acknowledge.count();
    for (let done = 0; done < openFindings; done++) {
      await acknowledge.first().click();
      await a.getByText(/Acknowledged by/).nth(done).waitFor();
    }
    await a.getByRole("button", { name: "Publish" }).click();
    await a.getByTestId("document-status").filter({ hasText: "Published" }).waitFor();

    // History: named version, view
    await a.getByRole("link", { name: "History" }).click();
    await a.getByLabel("Name of the version").fill("Before review");
    await a.getByRole("button", { name: "Save a named version" }).click();
    await a.getByRole("cell", { name: /Before review/ }).waitFor(); // the name is in the compare form's options too
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/06-history.png`, fullPage: true });
    await a.locator("table a").first().click();
    await a.getByRole("textbox", { name: "Text of this version" }).waitFor();
    await a.getByText("Hello from Anna.").waitFor();
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/07-version.png`, fullPage: true });

    await a.goto(server.url + "/documents");
    await a.getByRole("link", { name: "Joint labour inspections in the port" }).waitFor();
    if (SHOTS) await a.screenshot({ path: `${SHOTS}/08-library.png`, fullPage: true });
    expect(cspErrors, cspErrors.join("\n")).to.deep.equal([]);
  });

  it("an observer only reads the published version; the secretariat republishes, restricts, names members, restores a version; keyboard toolbar", async () => {
    const sara = await open("Sara Secretariaat", "secretariat");
    const s = sara.page;
    const member = await buildUser({ role: "member", name: "Mila Member" });
    await s.goto(server.url + "/documents/new");
    await s.getByLabel("Title").fill("Shelter referral across borders");
    await s.getByLabel("Template").selectOption("blank");
    await s.getByLabel("Classification").selectOption("public");
    await s.getByRole("button", { name: "Create document" }).click();
    await s.waitForURL(/\/documents\/[0-9a-f]{24}$/);
    const url = s.url();
    const text = s.getByRole("textbox", { name: "Document text" });
    await text.click();
    await s.keyboard.type("First version of the text.");
    await s.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    // Keyboard: Alt+F10 to the toolbar, arrows to Bold, Enter, Escape back
    await s.keyboard.press("Alt+F10");
    const bold = s.getByRole("button", { name: "Bold" });
    for (let i = 0; i < 3; i++) await s.keyboard.press("ArrowRight");
    expect(await bold.evaluate((el) => el === document.activeElement)).to.equal(true);
    await s.keyboard.press("Enter");
    await s.keyboard.press("Escape");
    await s.keyboard.type(" Bold words");
    expect(await bold.getAttribute("aria-pressed")).to.equal("true");
    await s.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    // Created public, it was published blank; what was typed since is a draft until republished.
    await s.getByText("Draft with changes since publication").waitFor();
    await s.getByRole("button", { name: "Republish" }).click();
    await s.getByText("The draft is the same as the published version.").waitFor();
    await s.getByText(/Published version of .* by Sara Secretariaat/).waitFor();

    const olga = await open("Olga Observer", "observer");
    const o = olga.page;
    await o.goto(url);
    const readText = o.getByRole("textbox", { name: "Document text" });
    await readText.waitFor();
    await o.getByText("First version of the text.").waitFor();
    expect(await readText.getAttribute("aria-readonly")).to.equal("true");
    expect(await readText.getAttribute("contenteditable")).to.equal("false");
    expect(await o.getByRole("toolbar").count()).to.equal(0);
    await o.getByText("You can read this document but not edit it.").waitFor();
    await o.getByTestId("connection-state").filter({ hasText: "Connected" }).waitFor();
    if (SHOTS) await o.screenshot({ path: `${SHOTS}/10-observer.png`, fullPage: true });
    await o.goto(server.url + "/documents");
    expect(await o.getByRole("link", { name: "New document" }).count()).to.equal(0);
    await o.goto(url);
    await o.getByText("First version of the text.").waitFor();

    // Named version, then more text, then restore
    await s.getByRole("link", { name: "History" }).click();
    await s.getByLabel("Name of the version").fill("First draft");
    await s.getByRole("button", { name: "Save a named version" }).click();
    await s.getByRole("cell", { name: /First draft/ }).waitFor();
    await s.goto(url);
    await text.click();
    await s.keyboard.press("Control+End");
    await s.keyboard.type(" Later addition.");
    await s.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await s.getByRole("button", { name: "Republish" }).click();
    await o.getByText("Later addition.").waitFor();
    await s.getByRole("link", { name: "History" }).click();
    await s.getByRole("row", { name: /First draft/ }).getByRole("link").click();
    await s.getByRole("textbox", { name: "Text of this version" }).waitFor();
    await s.getByRole("button", { name: "Restore this version" }).click();
    await s.getByRole("button", { name: "Yes, restore this version" }).click();
    await s.getByText("The version is restored.").waitFor();
    await s.getByRole("button", { name: "Republish" }).click();
    await o.getByText("Later addition.").waitFor({ state: "detached", timeout: 5000 });
    if (SHOTS) await s.screenshot({ path: `${SHOTS}/11-restored.png`, fullPage: true });

    // Settings: restricted with a named member; the observer loses access
    await s.getByRole("link", { name: "Document settings" }).click();
    await s.getByLabel("Classification").selectOption("restricted");
    await s.getByLabel("Find a person").fill("Mila");
    await s.getByLabel("Mila Member").check();
    if (SHOTS) await s.screenshot({ path: `${SHOTS}/12-settings.png`, fullPage: true });
    await s.getByRole("button", { name: "Save settings" }).click();
    await s.getByText("The settings are saved.").waitFor();
    await o.getByText("Editing has stopped").waitFor({ timeout: 5000 });
    if (SHOTS) await o.screenshot({ path: `${SHOTS}/13-observer-closed.png`, fullPage: true });
    expect(member.user.id).to.be.a("string");
    expect(cspErrors, cspErrors.join("\n")).to.deep.equal([]);
  });
});
