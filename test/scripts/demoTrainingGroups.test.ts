import { expect } from "chai";
import { seedPeople } from "../../scripts/demo/demoPeople";
import { seedTrainings } from "../../scripts/demo/demoTrainings";
import { DocumentModel } from "../../server/models/Document";
import { Training } from "../../server/models/Training";
import { loadGroups } from "../../server/trainings/groupStore";
import { startTestServer, type TestServer } from "../support/testServer";

describe("demo workspace: training groups", function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("shows the 2016 shelter-staff day in two mixed groups, each with its case", async () => {
    await seedTrainings(await seedPeople());
    const past = await Training.findOne({ "days.date": "2016-09-29" }).lean();
    const groups = await loadGroups(String(past!._id));
    expect(groups.map((g) => g.registrationIds.length)).to.deep.equal([4, 4]);
    for (const group of groups) {
      const record = await DocumentModel.findById(group.caseDocumentId).lean();
      expect(record).to.include({ template: "case_exercise", classification: "restricted", language: "nl" });
    }
  });
});
