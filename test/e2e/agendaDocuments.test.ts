import { expect } from "chai";
import { Meeting } from "../../server/models/Meeting";
import { browserSuite } from "../support/browserSuite";
import { createDocument } from "../support/documentFactories";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";
import { TestClient } from "../support/testClient";

/** Documents are linked to an agenda item by their title, never by pasting ids. */
describe("e2e: linking documents to an agenda item", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  it("finds documents by part of their title (any case or accent), adds and removes them, and sends their ids", async () => {
    const chair = await buildUser({ role: "chair" });
    const http = new TestClient(suite.server.url);
    await http.signIn(chair.email, chair.password, chair.totpSecret);
    const inspections = await createDocument(http, { title: "Contrôles conjoints dans le port", language: "fr" });
    await createDocument(http, { title: "Shelter capacity", language: "en" });
    const meeting = await buildMeeting({ participants: [chair], agenda: [] });
    const page = await suite.signedInPage(chair);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    const form = page.locator("form.agenda-entry-form");
    await form.getByLabel("Title", { exact: true }).fill("Joint inspections");
    const search = form.getByLabel("Find a document by title");
    await search.fill("zzz");
    await form.getByText("No document with that title.").waitFor();
    await search.fill("controles CONJ");
    await form.getByRole("button", { name: /^Add\W+Contrôles conjoints dans le port$/ }).click();
    await form.getByRole("list", { name: "Linked documents (optional)" }).getByText("Contrôles conjoints dans le port", { exact: true }).waitFor();
    expect(await search.inputValue()).to.equal("");
    await form.getByRole("button", { name: "Add to the agenda" }).click();

    const row = page.getByTestId("agenda-entry").filter({ hasText: "Joint inspections" });
    await row.getByRole("link").first().waitFor();
    expect(await row.getByRole("link").first().getAttribute("href")).to.equal(`/documents/${inspections}`);
    const stored = (await Meeting.findById(meeting._id).lean())!;
    expect(stored.agenda[0]!.documentIds).to.deep.equal([inspections]);

    // Editing shows the linked document by its title; removing it unlinks it.
    await row.getByRole("button", { name: /More actions/ }).click();
    await page.getByRole("menuitem", { name: "Change" }).click();
    const edit = row.locator("form");
    await edit.getByRole("button", { name: /^Remove\W+Contrôles conjoints dans le port$/ }).click();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await row.locator("form").waitFor({ state: "detached" });
    expect((await Meeting.findById(meeting._id).lean())!.agenda[0]!.documentIds).to.deep.equal([]);
  });
});
