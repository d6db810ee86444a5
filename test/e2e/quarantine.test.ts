import { expect } from "chai";
import mongoose from "mongoose";
import type { Browser } from "playwright-core";
import { documentStore } from "../../server/collaboration/documentStore";
import { DocumentUpdate } from "../../server/models/DocumentUpdate";
import { launchBrowser } from "../support/browser";
import { signInInBrowser } from "../support/browserSignIn";
import { createDocument, signedInAs } from "../support/documentFactories";
import { buildUser } from "../support/factories";
import { throwingUpdate } from "../support/poisonedUpdates";
import { startTestServer, type TestServer } from "../support/testServer";

describe("e2e: the quarantine page in Chromium", function () {
  this.timeout(90_000);
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

  it("shows the secretariat what was moved aside, and nobody else", async () => {
    const { http, built: sender } = await signedInAs(server);
    const id = await createDocument(http, { title: "Gezamenlijke controle in de haven" });
    const seq = (await documentStore.load(id)).seq + 1;
    await documentStore.reserve(id, seq); // as the server does before it writes a row
    const rowNumber = (await documentStore.readDocument(id)).log.lastRow + 1;
    await DocumentUpdate.create({ _id: `${id}:${rowNumber}`, row: rowNumber, documentId: new mongoose.Types.ObjectId(id), seq, update: Buffer.from(throwingUpdate()), userId: sender.user.id, at: new Date() });
    expect((await http.get(`/api/documents/${id}/findings`)).status).to.equal(200); // the load moves it aside

    const secretariat = await buildUser({ role: "secretariat" });
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, secretariat);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("button", { name: "Administration" }).click();
    await page.getByRole("menuitem", { name: "Quarantine" }).click();
    await page.getByRole("heading", { level: 1, name: "Quarantined changes" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "Gezamenlijke controle in de haven" });
    await row.waitFor();
    expect(await row.getByRole("cell").allInnerTexts()).to.include.members(["A change", String(seq), `${throwingUpdate().byteLength} bytes`, sender.user.name]);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/quarantine.png`, fullPage: true });
    await row.getByRole("link", { name: "Gezamenlijke controle in de haven" }).focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).to.equal(`/documents/${id}`);
    await context.close();

    const member = await buildUser({ role: "member" });
    const memberContext = await browser.newContext({ locale: "en-GB" });
    const memberPage = await memberContext.newPage();
    await signInInBrowser(memberPage, server.url, member);
    const memberNav = memberPage.getByRole("navigation", { name: "Main navigation" });
    await memberNav.getByRole("link", { name: "Meetings" }).waitFor();
    expect(await memberNav.getByRole("button", { name: "Administration" }).count(), "no administration for a member").to.equal(0);
    await memberContext.close();
  });
});
