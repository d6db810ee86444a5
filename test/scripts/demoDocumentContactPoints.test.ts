import { expect } from "chai";
import { linkDocumentContactPoints } from "../../scripts/demo/demoDocumentContactPoints";
import { seedDirectory } from "../../scripts/demo/demoDirectory";
import { seedDocuments } from "../../scripts/demo/demoDocuments";
import { seedPeople } from "../../scripts/demo/demoPeople";
import { ContactPoint } from "../../server/models/ContactPoint";
import { DocumentModel } from "../../server/models/Document";
import { startTestServer, type TestServer } from "../support/testServer";

describe("demo workspace: good-practice documents refer to the directory", function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => (server = await startTestServer({ verification: { enabled: false } })));
  after(() => server.stop());

  it("links two good-practice documents to function-based contact points that exist", async () => {
    const people = await seedPeople();
    await seedDocuments(people);
    await linkDocumentContactPoints(await seedDirectory(people));
    const linked = await DocumentModel.find({ "contactPointIds.0": { $exists: true } }).lean();
    expect(linked).to.have.length(2);
    for (const record of linked) {
      expect(record.template).to.equal("good_practice");
      const entries = await ContactPoint.find({ _id: { $in: record.contactPointIds } }).lean();
      expect(entries.map((e) => e.kind), record.title).to.deep.equal(["function", "function"]);
    }
  });
});
