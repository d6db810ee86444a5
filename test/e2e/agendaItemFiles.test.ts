import { expect } from "chai";
import { Attachment } from "../../server/models/Attachment";
import { pdfWith } from "../support/attachmentFiles";
import { describeViolations, seriousViolations } from "../support/axe";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";

/** Issue 14: files hang off one agenda item; organisers attach them, participants download them there. */
describe("e2e: files on an agenda item", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  it("the chair attaches a file to one item; a participant sees it on that item only and cannot upload", async () => {
    const chair = await buildUser({ role: "chair" });
    const member = await buildUser({ role: "member" });
    const meeting = await buildMeeting({ participants: [chair, member], createdBy: chair });
    const items = meeting.agenda;
    const page = await suite.signedInPage(chair);
    await page.goto(`${suite.server.url}/meetings/${meeting._id}`);
    const row = page.getByTestId("agenda-entry").filter({ hasText: "Shelter capacity" });
    await row.getByRole("button", { name: /^Files\W.*Shelter capacity/ }).click();
    expect(await row.getByRole("button", { name: /^Hide files\W.*Shelter capacity/ }).getAttribute("aria-expanded")).to.equal("true");
    await row.getByRole("heading", { name: "Files for Shelter capacity" }).waitFor();
    await row.getByText("No files yet.").waitFor();
    const pdf = await pdfWith("Figures on shelter capacity");
    await row.getByLabel("Choose a file to attach").setInputFiles({ name: "capacity.pdf", mimeType: "application/pdf", buffer: pdf });
    await row.getByText("capacity.pdf was attached.").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    const stored = await Attachment.find({ targetKind: "meeting", targetId: String(meeting._id) }).lean();
    expect(stored.map((a) => a.itemId)).to.deep.equal([items[1]!.id]);

    const memberPage = await suite.signedInPage(member);
    await memberPage.goto(`${suite.server.url}/meetings/${meeting._id}`);
    const opening = memberPage.getByTestId("agenda-entry").filter({ hasText: "Opening" });
    await opening.getByRole("button", { name: /^Files\W/ }).click();
    await opening.getByText("No files yet.").waitFor();
    const shelter = memberPage.getByTestId("agenda-entry").filter({ hasText: "Shelter capacity" });
    await shelter.getByRole("button", { name: /^Files\W/ }).click();
    await shelter.getByRole("link", { name: "Download capacity.pdf" }).waitFor();
    expect(await shelter.getByLabel("Choose a file to attach").count()).to.equal(0);
  });
});
