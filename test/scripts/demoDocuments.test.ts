import { getSchema } from "@tiptap/core";
import { expect } from "chai";
import { seedDocuments } from "../../scripts/demo/demoDocuments";
import { seedPeople } from "../../scripts/demo/demoPeople";
import { documentStore } from "../../server/collaboration/documentStore";
import { documentJson, documentPlainText, ydocFromState } from "../../server/documents/documentText";
import { DocumentModel } from "../../server/models/Document";
import { documentExtensions } from "../../shared/editor/extensions";
import { findPersonalData } from "../../shared/personalData";
import { startTestServer, type TestServer } from "../support/testServer";

describe("demo workspace: good-practice documents", function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("seeds a public published, an internal draft and a restricted document with real, valid text and no personal data", async () => {
    const people = await seedPeople();
    await seedDocuments(people);
    const records = await DocumentModel.find().sort({ createdAt: 1 }).lean();
    expect(records.map((r) => `${r.classification}/${r.status}/${r.language}`)).to.deep.equal(["public/published/nl", "restricted/draft/fr", "internal/draft/en"]);
    const restricted = records.find((r) => r.classification === "restricted")!;
    expect(restricted.memberIds.map(String)).to.have.members([people.get("luxembourg")!.id, people.get("police")!.id, people.get("shelter")!.id]);

    const schema = getSchema(documentExtensions());
    for (const record of records) {
      const ydoc = ydocFromState((await documentStore.load(String(record._id))).state);
      expect(() => schema.nodeFromJSON(documentJson(ydoc)).check(), record.title).not.to.throw();
      const text = documentPlainText(ydoc);
      expect(text.length, record.title).to.be.greaterThan(1500);
      expect(findPersonalData(text), record.title).to.deep.equal([]);
      expect(record.searchText).to.equal(text);
    }
  });
});
