import { expect } from "chai";
import type { Page } from "playwright-core";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";
import { ActionItem } from "../../server/models/ActionItem";
import { AgendaProposal } from "../../server/models/AgendaProposal";

/** Comments on agenda items, from the agenda page: a "Comments (n)" toggle per item opens the panel. */
describe("e2e: comments on agenda items, proposals and action items in Chromium", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  const itemRow = (page: Page, title: string) => page.getByTestId("agenda-entry").filter({ hasText: title });

  it("a member comments on an agenda item and another member sees it live; an observer may only read", async () => {
    const anna = await buildUser({ role: "member", name: "Anna Antwerpen" });
    const bart = await buildUser({ role: "member", name: "Bart Brugge" });
    const olga = await buildUser({ role: "observer", name: "Olga Oostende" });
    const meeting = await buildMeeting({ participants: [anna, bart, olga] });
    const url = `${suite.server.url}/meetings/${meeting._id}`;

    const a = await suite.signedInPage(anna);
    await a.goto(url);
    const b = await suite.signedInPage(bart);
    await b.goto(url);
    // Bart's toggle shows the count before anything is said.
    const bartsToggle = itemRow(b, "Shelter capacity").getByRole("button", { name: /^Comments \(0\)\W+item 2, Shelter capacity$/ });
    await bartsToggle.waitFor();

    const annasRow = itemRow(a, "Shelter capacity");
    await annasRow.getByRole("button", { name: /^Comments \(0\)/ }).click();
    expect(await annasRow.getByRole("button", { name: /^Comments/ }).getAttribute("aria-expanded")).to.equal("true");
    await annasRow.getByLabel("New comment").fill("Can we get last year's figures before the meeting?");
    await annasRow.getByRole("button", { name: "Comment", exact: true }).click();
    await annasRow.locator(".comment-thread").filter({ hasText: "last year's figures" }).waitFor();

    // Bart's count follows live, and the opened panel shows Anna's words; he replies.
    await itemRow(b, "Shelter capacity").getByRole("button", { name: /^Comments \(1\)\W+item 2, Shelter capacity$/ }).click();
    const thread = itemRow(b, "Shelter capacity").locator(".comment-thread").filter({ hasText: "last year's figures" });
    await thread.waitFor();
    expect(await itemRow(b, "Opening").locator(".comment-thread").count()).to.equal(0);
    const violations = await seriousViolations(b);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await thread.getByRole("button", { name: "Reply" }).click();
    await thread.getByLabel("Your reply").fill("I will ask the secretariat.");
    await thread.getByRole("button", { name: "Send" }).click();
    await annasRow.locator(".comment-thread").filter({ hasText: "I will ask the secretariat." }).waitFor();
    await annasRow.getByRole("button", { name: /^Comments \(2\)/ }).waitFor();

    // An observer reads the thread but is not offered a form.
    const o = await suite.signedInPage(olga);
    await o.goto(url);
    const olgasRow = itemRow(o, "Shelter capacity");
    await olgasRow.getByRole("button", { name: /^Comments \(2\)/ }).click();
    await olgasRow.getByText("You can read the comments but not add any.").waitFor();
    expect(await olgasRow.getByLabel("New comment").count()).to.equal(0);
    expect(await olgasRow.locator(".comment-thread").filter({ hasText: "last year's figures" }).count()).to.equal(1);
  });

  it("the owner of an action item reports progress as a comment from “My action items”", async () => {
    const chair = await buildUser({ role: "chair", name: "Claire Chair" });
    const bart = await buildUser({ role: "member", name: "Bart Brugge" });
    const meeting = await buildMeeting({ participants: [chair] });
    await ActionItem.create({ meetingId: String(meeting._id), itemId: meeting.agenda[1]!.id, description: "Collect the shelter figures", ownerId: bart.user.id, createdBy: chair.user.id });

    const b = await suite.signedInPage(bart);
    await b.goto(`${suite.server.url}/action-items`);
    const row = b.getByTestId("action-items").locator("tr").filter({ hasText: "Collect the shelter figures" });
    await row.getByRole("button", { name: /^Comments \(0\)\W+Collect the shelter figures$/ }).click();
    await row.getByLabel("New comment").fill("Progress: the Dutch figures are in.");
    await row.getByRole("button", { name: "Comment", exact: true }).click();
    await row.locator(".comment-thread").filter({ hasText: "the Dutch figures are in" }).waitFor();
    await row.getByRole("button", { name: /^Comments \(1\)/ }).waitFor();
    const violations = await seriousViolations(b);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it("the chair and a member discuss a proposed item before deciding on it", async () => {
    const chair = await buildUser({ role: "chair", name: "Claire Chair" });
    const anna = await buildUser({ role: "member", name: "Anna Antwerpen" });
    const meeting = await buildMeeting({ participants: [chair, anna] });
    await AgendaProposal.create({ meetingId: String(meeting._id), title: "Joint labour inspections", type: "discussion", proposedBy: anna.user.id });
    const url = `${suite.server.url}/meetings/${meeting._id}`;

    const c = await suite.signedInPage(chair);
    await c.goto(url);
    const a = await suite.signedInPage(anna);
    await a.goto(url);
    const chairsProposal = c.getByTestId("proposal").filter({ hasText: "Joint labour inspections" });
    await chairsProposal.getByRole("button", { name: /^Comments \(0\)\W+Joint labour inspections$/ }).click();
    await chairsProposal.getByLabel("New comment").fill("Could this wait for the autumn meeting?");
    await chairsProposal.getByRole("button", { name: "Comment", exact: true }).click();

    const annasProposal = a.getByTestId("proposal").filter({ hasText: "Joint labour inspections" });
    await annasProposal.getByRole("button", { name: /^Comments \(1\)/ }).click();
    await annasProposal.locator(".comment-thread").filter({ hasText: "wait for the autumn meeting" }).waitFor();
  });
});
