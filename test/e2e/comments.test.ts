import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { Notification } from "../../server/models/Notification";
import { User } from "../../server/models/User";
import { launchBrowser } from "../support/browser";
import { eventually } from "../support/yClient";
import { signInInBrowser } from "../support/browserSignIn";
import { buildUser } from "../support/factories";
import { startTestServer, type TestServer } from "../support/testServer";

describe("e2e: comments on a document in Chromium", function () {
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

  it("two people comment and reply live, with the commented text highlighted", async () => {
    const a = await open("Anna Antwerpen");
    await a.goto(`${server.url}/documents/new`);
    await a.getByLabel("Title").fill("Referral at the border");
    await a.getByLabel("Language").selectOption("en");
    await a.getByRole("button", { name: "Create document" }).click();
    await a.waitForURL(/\/documents\/[0-9a-f]{24}$/);
    const url = a.url();
    const text = a.getByRole("textbox", { name: "Document text" });
    await text.waitFor();
    await a.getByTestId("connection-state").filter({ hasText: "Connected" }).waitFor();
    await text.click();
    await a.keyboard.type("Shelters call the police within one day.");
    await a.getByTestId("save-state").filter({ hasText: "All changes saved" }).waitFor();

    const b = await open("Bart Brugge");
    await b.goto(url);
    await b.getByRole("heading", { name: "Comments" }).waitFor();

    await text.click();
    await a.keyboard.press("End");
    await a.keyboard.press("Shift+Home");
    // The comment takes the editor's selection: wait until the keys have made it (Bart's join can arrive in between).
    await a.waitForFunction(() => (window.getSelection()?.toString() ?? "").includes("within one day"));
    await a.getByLabel("Comment on the selected text").fill("Is one day realistic at weekends?");
    await a.getByRole("button", { name: "Comment", exact: true }).click();
    await a.locator(".document-text .comment-highlight").first().waitFor();
    expect(await a.locator(".document-text .comment-highlight").first().textContent()).to.include("within one day");

    // Bart hears of it live, without reloading, and replies.
    const thread = b.locator(".comment-thread").filter({ hasText: "Is one day realistic at weekends?" });
    await thread.waitFor();
    await thread.getByRole("button", { name: "Reply" }).click();
    await thread.getByLabel("Your reply").fill("Yes: the on-call officer takes it. @Ann");
    await thread.getByRole("button", { name: "@Anna Antwerpen" }).click();
    await thread.getByRole("button", { name: "Send" }).click();

    // Anna sees the reply live, and resolves the thread she started.
    const annasThread = a.locator(".comment-thread").filter({ hasText: "Yes: the on-call officer takes it." });
    await annasThread.waitFor();
    const anna = await User.findOne({ name: "Anna Antwerpen" }).lean();
    await eventually(async () => (await Notification.countDocuments({ recipientId: String(anna!._id), type: "mention" })) === 1, "Anna's mention stored");
    // Only the author is offered "Edit" on a comment; Bart sees Anna's edit live.
    const annasComment = annasThread.locator(".comment").first();
    const bartsReply = annasThread.locator(".comment").filter({ hasText: "Yes: the on-call officer takes it." });
    expect(await bartsReply.getByRole("button", { name: "Edit" }).count()).to.equal(0);
    await annasComment.getByRole("button", { name: "Edit" }).click();
    await annasComment.getByLabel("Edit your comment").fill("Is one day realistic at weekends and on holidays?");
    await annasComment.getByRole("button", { name: "Save" }).click();
    await b.locator(".comment").filter({ hasText: "Is one day realistic at weekends and on holidays?" }).filter({ hasText: "edited" }).waitFor();
    expect(await b.locator(".comment").filter({ hasText: "on holidays?" }).getByRole("button", { name: "Edit" }).count()).to.equal(0);

    await annasThread.getByRole("button", { name: "Resolve" }).click();
    await b.locator(".comment-thread").filter({ hasText: "Resolved by Anna Antwerpen" }).waitFor();
    expect(errors).to.deep.equal([]);
  });
});
