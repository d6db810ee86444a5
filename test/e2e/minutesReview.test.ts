import { expect } from "chai";
import { Meeting } from "../../server/models/Meeting";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";
import { TestClient } from "../support/testClient";

describe("e2e: minutes review → amendment → sign-off in Chromium", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  it("the chair opens the review, an attendee is told in the bell and proposes an amendment, the secretariat accepts it and signs off; everyone sees the approval live", async () => {
    const chair = await buildUser({ role: "chair", name: "Chloé Chair" });
    const member = await buildUser({ name: "Mila Member" });
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const meeting = await buildMeeting({ title: "Autumn meeting", status: "closed", participants: [chair, member] });
    await Meeting.updateOne({ _id: meeting._id }, { $set: { attendance: [{ userId: member.user.id, status: "present" }, { userId: chair.user.id, status: "present" }] } });
    const http = new TestClient(suite.server.url);
    await http.signIn(chair.email, chair.password, chair.totpSecret);
    expect((await http.post(`/api/meetings/${meeting._id}/minutes`)).status).to.equal(200);
    const reviewPath = `${suite.server.url}/meetings/${meeting._id}/minutes-review`;

    const memberPage = await suite.signedInPage(member);
    await memberPage.goto(`${suite.server.url}/meetings/${meeting._id}`);
    await memberPage.getByRole("link", { name: "Review and sign-off of the minutes" }).click();
    await memberPage.getByText("The minutes have not been opened for review yet.").waitFor();
    expect(await memberPage.getByRole("button", { name: "Open for review" }).count(), "members do not open it").to.equal(0);

    const chairPage = await suite.signedInPage(chair);
    await chairPage.goto(reviewPath);
    await chairPage.getByLabel("Days for review").fill("0");
    await chairPage.getByRole("button", { name: "Open for review" }).click();
    await chairPage.getByText("Enter a whole number of days from 1 to 60").first().waitFor();
    await chairPage.getByLabel("Days for review").fill("5");
    await chairPage.getByRole("button", { name: "Open for review" }).click();
    await chairPage.getByText(/^Open for review until/).waitFor();

    // The member is told live, and the page they have open follows.
    await memberPage.getByTestId("notification-count").filter({ hasText: "1" }).waitFor();
    await memberPage.getByText(/^Open for review until/).waitFor();
    await memberPage.getByLabel("Your amendment").fill("Item 2: the vote was 5 for and 1 abstaining.");
    await memberPage.getByRole("button", { name: "Propose the amendment" }).click();
    await memberPage.getByTestId("minutes-amendment").filter({ hasText: "Item 2: the vote was 5 for and 1 abstaining." }).waitFor();
    await memberPage.setViewportSize({ width: 360, height: 740 });
    expect(await memberPage.evaluate(() => document.documentElement.scrollWidth), "fits a phone").to.be.at.most(360);
    const violations = await seriousViolations(memberPage);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    const secretariatPage = await suite.signedInPage(secretariat);
    await secretariatPage.goto(reviewPath);
    await secretariatPage.getByText("1 amendment is still open.", { exact: false }).waitFor();
    await secretariatPage.getByRole("button", { name: /^Accept\s*: amendment by Mila Member$/ }).click();
    await secretariatPage.getByTestId("minutes-amendment").getByText("Accepted", { exact: true }).waitFor();
    await secretariatPage.getByRole("button", { name: "Sign off the minutes" }).click();
    const dialog = secretariatPage.getByRole("alertdialog");
    await dialog.getByText("The minutes are frozen as they are now").waitFor();
    await dialog.getByRole("button", { name: "Sign off the minutes" }).click();
    await secretariatPage.getByText("Approved: signed off by Sara Secretariaat", { exact: false }).waitFor();
    expect(await secretariatPage.getByTestId("minutes-hash").textContent()).to.match(/^[0-9a-f]{64}$/);
    await secretariatPage.getByRole("heading", { name: "Add a numbered amendment" }).waitFor();
    await secretariatPage.getByLabel("The correction").fill("The meeting ended at 12:30.");
    await secretariatPage.getByRole("button", { name: "Add the amendment" }).click();
    await secretariatPage.getByText("Amendment 1", { exact: true }).waitFor();

    // The member's open page shows the approval without reloading, and the minutes are read-only for them.
    await memberPage.getByText("Approved: signed off by Sara Secretariaat", { exact: false }).waitFor();
    expect(await memberPage.getByLabel("Your amendment").count()).to.equal(0);
    // Review opened, their amendment's thread resolved (accepting it resolves the comment thread), minutes approved.
    await memberPage.getByTestId("notification-count").filter({ hasText: "3" }).waitFor();
    await memberPage.getByRole("link", { name: "Open the minutes" }).first().click();
    await memberPage.getByText("This document is archived: it can be read but no longer edited.").waitFor();
  });
});
