import { expect } from "chai";
import type { Page } from "playwright-core";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { uploadRaw } from "../support/attachmentFiles";
import { createDocument, signedInAs } from "../support/documentFactories";
import { YClient } from "../support/yClient";

const SHOTS = process.env.E2E_SCREENSHOTS;

/** Issue 11 item 7: compare two versions, and a restore by someone else announced in the open editor. */
describe("e2e: comparing versions, the restore notice and the search in files", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  /** Anna's document: version 1 "Before review", then a changed sentence and a new paragraph (kept as automatic version 2 when she leaves). */
  async function documentWithHistory() {
    const anna = await signedInAs(suite.server);
    const id = await createDocument(anna.http, { title: "Greenhouse inspections", language: "en", template: "blank" });
    const editor = await YClient.open(anna.http, suite.server.url, id);
    editor.type("The inspection visits the greenhouses in May.");
    await editor.settled();
    const first = (await anna.http.post(`/api/documents/${id}/versions`, { name: "Before review" })).body.id as string;
    editor.ydoc.transact(() => {
      const index = editor.paragraphs().indexOf("The inspection visits the greenhouses in May.");
      const paragraph = editor.fragment().get(index) as import("yjs").XmlElement;
      const text = paragraph.get(0) as import("yjs").XmlText;
      text.delete(4, "inspection".length);
      text.insert(4, "labour inspectorate");
    });
    editor.type("A second paragraph about shelters.");
    await editor.settled();
    editor.close();
    return { anna, id, first };
  }

  const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it("compares a version with the current text: added and removed words marked and labelled, in three languages and at phone width", async () => {
    const { anna, id, first } = await documentWithHistory();
    const page = await suite.signedInPage(anna.built);
    await page.goto(`${suite.server.url}/documents/${id}/history`);
    await page.getByRole("heading", { level: 2, name: "Compare versions" }).waitFor();
    // The same state on both sides is refused by the shared schema, on the field.
    await page.getByLabel("Older version").selectOption(first);
    await page.getByLabel("Compare with").selectOption(first);
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByRole("alert").getByText("Choose two different versions").first().waitFor();

    await page.getByLabel("Compare with").selectOption("current");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.waitForURL(/\/history\/compare\?from=[0-9a-f]{24}&to=current$/);
    await page.getByRole("heading", { level: 1, name: "Changes from version 1 to the current text" }).waitFor();
    await page.getByText("7 words added, 1 word removed.").waitFor();
    const changes = page.getByRole("region", { name: "Changes" });
    // Inline changes: <del>/<ins> with a label for screen readers before and after the words.
    expect(await changes.locator("del").first().textContent()).to.equal("removed: inspection (end)");
    expect(await changes.locator("ins").first().textContent()).to.equal("added: labour inspectorate (end)");
    // A whole new paragraph: a visible "Added" tag, the text underlined.
    const added = changes.locator(".comparison-block.is-insert");
    expect(await added.textContent()).to.equal("Added A second paragraph about shelters.");
    expect(await added.locator("ins").evaluate((el) => getComputedStyle(el).textDecorationLine)).to.equal("underline");
    expect(await changes.locator("del").first().evaluate((el) => getComputedStyle(el).textDecorationLine)).to.equal("line-through");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/version-comparison.png`, fullPage: true });
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Wijzigingen van versie 1 naar de huidige tekst" }).waitFor();
    await page.getByText("7 woorden toegevoegd, 1 woord verwijderd.").waitFor();
    expect(await page.getByRole("region", { name: "Wijzigingen" }).locator("del").first().textContent()).to.equal("verwijderd: inspection (einde)");
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Modifications de la version 1 au texte actuel" }).waitFor();
    await page.getByText("7 mots ajoutés, 1 mot supprimé.").waitFor();
    await page.getByRole("button", { name: "English" }).click();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { level: 1, name: "Changes from version 1 to the current text" }).waitFor();
    expect(await noHorizontalScroll(page)).to.equal(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/version-comparison-phone.png`, fullPage: true });
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    // From a version's page, straight to its comparison with the current text.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole("link", { name: "Back to the history" }).click();
    await page.getByRole("row", { name: /Before review/ }).getByRole("link").click();
    await page.getByRole("link", { name: "Compare with the current text" }).click();
    await page.getByRole("heading", { level: 1, name: "Changes from version 1 to the current text" }).waitFor();
  });

  it("a restore by someone else shows a notice in the other person's open editor, with who, which version and when", async () => {
    const { anna, id, first } = await documentWithHistory();
    const bram = await signedInAs(suite.server);
    // Bram may edit: the document is internal, he is a member.
    const bramPage = await suite.signedInPage(bram.built);
    await bramPage.goto(`${suite.server.url}/documents/${id}`);
    await bramPage.getByText("A second paragraph about shelters.").waitFor();
    await bramPage.getByTestId("connection-state").filter({ hasText: "Connected" }).waitFor();

    const annaPage = await suite.signedInPage(anna.built);
    await annaPage.goto(`${suite.server.url}/documents/${id}/history/${first}`);
    await annaPage.getByRole("button", { name: "Restore this version" }).click();
    await annaPage.getByRole("button", { name: "Yes, restore this version" }).click();
    await annaPage.getByText("The version is restored.").waitFor();

    const notice = bramPage.locator(".restore-notice");
    await notice.waitFor();
    expect(await notice.textContent()).to.match(new RegExp(`^${anna.built.user.name} restored version 1 “Before review” at \\d{1,2}:\\d{2}`));
    await bramPage.getByText("A second paragraph about shelters.").waitFor({ state: "detached" });
    expect(await bramPage.locator(".restore-notice-region").getAttribute("aria-live")).to.equal("polite");
    if (SHOTS) await bramPage.screenshot({ path: `${SHOTS}/restore-notice.png` });
    const violations = await seriousViolations(bramPage);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await bramPage.getByRole("button", { name: "Close this message" }).click();
    await notice.waitFor({ state: "detached" });
    // Anna, who restored it herself, sees her own confirmation and no notice about herself.
    expect(await annaPage.locator(".restore-notice").count()).to.equal(0);
  });

  it("the document search also lists the files whose text holds the words, with where they are attached", async () => {
    const { anna, id } = await documentWithHistory();
    const word = `greenhouse${Date.now().toString(36)}`;
    const uploaded = await uploadRaw(anna.http, `/api/attachments?targetKind=document&targetId=${id}&name=checklist.txt`, Buffer.from(`Checklist for the ${word} inspection day.`));
    expect(uploaded.status).to.equal(201);
    const page = await suite.signedInPage(anna.built);
    await page.goto(`${suite.server.url}/documents?q=${word}`);
    const files = page.getByRole("region", { name: "Files" });
    await files.getByText("1 file holds these words.").waitFor();
    await files.getByRole("link", { name: "checklist.txt" }).waitFor();
    await files.getByRole("link", { name: "Greenhouse inspections" }).waitFor();
    await files.getByText(`Checklist for the ${word} inspection day.`).waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
