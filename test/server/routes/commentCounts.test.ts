import { expect } from "chai";
import { ActionItem } from "../../../server/models/ActionItem";
import { AgendaProposal } from "../../../server/models/AgendaProposal";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { agendaEntry, buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("routes: POST /api/comments/counts", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const counts = (http: TestClient, targets: unknown) => http.post("/api/comments/counts", { targets });
  const countOf = (body: { counts: Array<{ target: { kind: string; id: string }; count: number }> }, id: string) => body.counts.find((c) => c.target.id === id)?.count;

  it("requires authentication", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await counts(anonymous, [{ kind: "document", id: "0123456789abcdef01234567" }]), 401, "unauthorized");
  });

  it("rejects bad input with a clear error: no targets, too many, unknown kinds, odd ids and fields", async () => {
    const { http } = await signedInAs(server);
    const target = { kind: "document", id: "0123456789abcdef01234567" };
    for (const bad of [[], Array.from({ length: 201 }, () => target), [{ kind: "meeting", id: target.id }], [{ kind: "document", id: "x'; drop" }], [{ kind: "document", id: { $ne: null } }], [{ ...target, extra: 1 }], [{ kind: "agendaItem", id: "a1", meetingId: "nope" }], "document"]) {
      expectProblem(await counts(http, bad), 422, "validation_failed");
    }
    expectProblem(await http.post("/api/comments/counts", {}), 422, "validation_failed");
  });

  it("counts the comments (not deleted) of every target the caller may read, in one request, and leaves out the rest without saying why", async () => {
    const { http: member, built: memberUser } = await signedInAs(server);
    const { http: outsider } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    const items = [agendaEntry({ title: "Opening" }), agendaEntry({ title: "Screening" })];
    const meeting = await buildMeeting({ participants: [memberUser], agenda: items });
    const meetingId = String(meeting._id);
    const proposal = await AgendaProposal.create({ meetingId, title: "Opvang van minderjarigen", type: "discussion", plannedMinutes: 15, proposedBy: memberUser.user.id });
    const action = await ActionItem.create({ meetingId, itemId: items[0]!.id, description: "Contactpunten bijwerken", ownerId: memberUser.user.id, dueDate: "2026-04-01", createdBy: memberUser.user.id });
    const restricted = await createDocument(member, { classification: "restricted" });

    const post = (target: Record<string, unknown>, text: string) => member.post("/api/comments/threads", { target, text });
    const first = await post({ kind: "agendaItem", id: items[0]!.id, meetingId }, "Wie opent?");
    await member.post(`/api/comments/threads/${first.body.thread.id}/replies`, { text: "De voorzitter." });
    const removed = await post({ kind: "agendaItem", id: items[0]!.id, meetingId }, "Weg ermee.");
    expect((await member.delete(`/api/comments/${removed.body.thread.comments[0].id}`)).status).to.equal(200);
    await post({ kind: "proposal", id: String(proposal._id) }, "Graag.");
    await post({ kind: "document", id: restricted }, "Intern.");

    const targets = [
      { kind: "agendaItem", id: items[0]!.id, meetingId },
      { kind: "agendaItem", id: items[1]!.id, meetingId },
      { kind: "agendaItem", id: "missing", meetingId },
      { kind: "proposal", id: String(proposal._id) },
      { kind: "actionItem", id: String(action._id) },
      { kind: "document", id: restricted },
      { kind: "document", id: "0123456789abcdef01234567" },
    ];
    const mine = await counts(member, targets);
    expect(mine.status).to.equal(200);
    expect(countOf(mine.body, items[0]!.id)).to.equal(2);
    expect(countOf(mine.body, items[1]!.id)).to.equal(0);
    expect(countOf(mine.body, String(proposal._id))).to.equal(1);
    expect(countOf(mine.body, String(action._id))).to.equal(0);
    expect(countOf(mine.body, restricted)).to.equal(1);
    expect(mine.body.counts).to.have.length(5); // the missing agenda item and document are left out
    expect(mine.body.counts.find((c: { target: { kind: string } }) => c.target.kind === "proposal").target).to.deep.equal({ kind: "proposal", id: String(proposal._id), meetingId });

    // Someone not in the meeting and not on the document learns nothing, not even that they exist.
    expect((await counts(outsider, targets)).body).to.deep.equal({ counts: [] });
    // An observer not invited to the meeting sees none of it either.
    expect((await counts(observer, targets)).body).to.deep.equal({ counts: [] });
  });

  it("is in the OpenAPI document", async () => {
    const { http } = await signedInAs(server);
    const spec = await http.get("/api/openapi.json");
    expect(spec.body.paths["/api/comments/counts"]?.post).to.exist;
  });
});
