import { expect } from "chai";
import type { Page } from "playwright-core";
import { signInInBrowser } from "../support/browserSignIn";
import { browserSuite } from "../support/browserSuite";
import { createDocument } from "../support/documentFactories";
import { buildUser, type BuiltUser } from "../support/factories";
import { TestClient, unusedTotpCode } from "../support/testClient";

/**
 * Offline copies on shared computers (issue 8 item 14) and signing out and in again in one tab
 * (issue 11 item 4): the browser's IndexedDB copies of documents go when the session ends, unless
 * the person chose to keep them on this device.
 */
describe("e2e: signing out, and the documents this browser keeps offline", function () {
  this.timeout(120_000);
  const suite = browserSuite();
  const newPage = () => suite.newPage();

  /** A member with a document of their own. */
  async function memberWithDocument(): Promise<{ member: BuiltUser; documentId: string; http: TestClient }> {
    const member = await buildUser({ role: "member" });
    const http = new TestClient(suite.server.url);
    await http.signIn(member.email, member.password, member.totpSecret);
    return { member, documentId: await createDocument(http, { title: "Shelter places across the border", language: "en" }), http };
  }

  const copies = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? "").filter((name) => name.startsWith("greychair-document-")));

  async function edit(page: Page, documentId: string, text: string) {
    await page.goto(`${suite.server.url}/documents/${documentId}`);
    const body = page.getByRole("textbox", { name: "Document text" });
    await body.waitFor();
    await page.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await body.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(text);
    await page.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();
    await page.waitForFunction((name) => indexedDB.databases().then((list) => list.some((d) => d.name === name)), `greychair-document-${documentId}`);
  }

  async function signOut(page: Page) {
    const button = page.getByRole("button", { name: "Sign out" });
    expect(await button.isEnabled()).to.equal(true);
    await button.click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  }

  it("signing out deletes the document copies; signing in again in the same tab leaves the sign-out button working", async () => {
    const { member, documentId } = await memberWithDocument();
    const page = await suite.signedInPage(member);
    expect(await page.getByLabel("Keep offline copies of documents on this device").count()).to.equal(0); // asked on the sign-in page only
    await edit(page, documentId, " Kept only for this session.");
    expect(await copies(page)).to.deep.equal([`greychair-document-${documentId}`]);

    await signOut(page);
    expect(await copies(page)).to.deep.equal([]);

    // Same tab, no reload, second time round: the button must not stay disabled from the first sign-out.
    await page.getByLabel("E-mail address").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Code").fill(await unusedTotpCode(member.email, member.totpSecret!));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await signOut(page);
    await page.getByText("You have signed out.").waitFor();
  });

  it("keeps them when 'keep offline copies on this device' was ticked, and the next person who does not tick it removes them", async () => {
    const { member, documentId } = await memberWithDocument();
    const page = await newPage();
    await page.goto(suite.server.url + "/sign-in");
    expect(await page.getByLabel("Keep offline copies of documents on this device").isChecked()).to.equal(false); // off until someone turns it on
    await signInInBrowser(page, suite.server.url, member, { keepOfflineCopies: true });
    await edit(page, documentId, " Kept on my own laptop.");
    await signOut(page);
    expect(await copies(page)).to.deep.equal([`greychair-document-${documentId}`]);
    expect(await page.getByLabel("Keep offline copies of documents on this device").isChecked()).to.equal(true); // remembered on this device

    const other = await buildUser({ role: "member" });
    await signInInBrowser(page, suite.server.url, other, { keepOfflineCopies: false });
    expect(await copies(page)).to.deep.equal([]);
  });

  it("deletes them when the session ends elsewhere and the page notices (401)", async () => {
    const { member, documentId, http } = await memberWithDocument();
    const page = await suite.signedInPage(member);
    await edit(page, documentId, " The session will end.");
    expect((await http.post("/api/account/sessions/revoke-all", {})).status).to.equal(204);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Meetings" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.waitForFunction(() => indexedDB.databases().then((list) => !list.some((d) => (d.name ?? "").startsWith("greychair-document-"))));
    expect(await copies(page)).to.deep.equal([]);
  });
});
