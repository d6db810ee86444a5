import { expect } from "chai";
import { accessFacts } from "../../../server/documents/documentAccess";
import { Meeting } from "../../../server/models/Meeting";
import { DocumentModel } from "../../../server/models/Document";
import { can, scope } from "../../../server/policies";
import { CLASSIFICATIONS } from "../../../shared/documents";
import { ROLES } from "../../../shared/domain";
import { buildUser } from "../../support/factories";
import { buildMeeting } from "../../support/meetingFactories";
import { startTestServer, type TestServer } from "../../support/testServer";

/** A list query's scope (a database filter) must select exactly what the read rule allows. */
describe("policy scopes", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("the document scope selects exactly the documents document.read allows, for every role", async () => {
    const creator = await buildUser({ role: "member" });
    const users = await Promise.all(ROLES.map((role) => buildUser({ role })));
    const named = users.map((u) => u.user.id);
    for (const classification of CLASSIFICATIONS) {
      for (const memberIds of [[], named]) {
        await DocumentModel.create({ title: `${classification} ${memberIds.length}`, language: "en", classification, memberIds, createdBy: creator.user._id });
      }
    }
    const all = await DocumentModel.find({});
    for (const { user } of users) {
      const allowed = all.filter((record) => can(user, "document.read", accessFacts(record))).map((r) => r.id).sort();
      const scoped = (await DocumentModel.find(scope(user, "document"), { _id: 1 })).map((r) => r.id).sort();
      expect(scoped, user.role).to.deep.equal(allowed);
    }
    const inactive = { id: users[0]!.user.id, role: "secretariat", active: false } as never;
    expect(await DocumentModel.countDocuments(scope(inactive, "document"))).to.equal(0);
  });

  it("the meeting scope selects exactly the meetings meeting.read allows, for every role", async () => {
    const users = await Promise.all(ROLES.map((role) => buildUser({ role })));
    for (const status of ["draft", "scheduled", "in_progress", "finalised"] as const) {
      await buildMeeting({ status, participants: users.slice(2) });
      await buildMeeting({ status });
    }
    const all = await Meeting.find({}).lean();
    for (const { user } of users) {
      const allowed = all.filter((m) => can(user, "meeting.read", { participantIds: m.participantIds, status: m.status as never })).map((m) => String(m._id)).sort();
      const scoped = (await Meeting.find(scope(user, "meeting"), { _id: 1 }).lean()).map((m) => String(m._id)).sort();
      expect(scoped, user.role).to.deep.equal(allowed);
    }
  });
});
