import { expect } from "chai";
import { Decision } from "../../../server/models/Decision";
import { Meeting } from "../../../server/models/Meeting";
import { User } from "../../../server/models/User";
import { createDocument } from "../../support/documentFactories";
import { buildUser, type BuiltUser } from "../../support/factories";
import { buildMeeting } from "../../support/meetingFactories";
import { connectSocket, socketDisconnected, socketReady, type TestSocket } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const NOTE = { kind: "considered" as const, text: "A victim who fled across the border must not have to tell her story twice." };

/** Every event asks its own policy action, with the user's current state, about what it names. */
describe("socket gate", () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];
  const connectAs = async (built: BuiltUser) => {
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    const socket = connectSocket(client, server.url);
    sockets.push(socket);
    await socketReady(socket);
    return { socket, client };
  };

  before(async () => (server = await startTestServer()));
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  after(() => server.stop());

  describe("meetings", () => {
    it("refuses an observer's agenda.apply, decision.record and setCurrentItem on a meeting they attend, and changes nothing", async () => {
      const observer = await buildUser({ role: "observer" });
      const meeting = await buildMeeting({ participants: [observer], status: "in_progress" });
      const { socket } = await connectAs(observer);
      const meetingId = String(meeting._id);
      expect((await socket.timeout(5_000).emitWithAck("meeting.join", { meetingId })).ok).to.equal(true);
      const item = meeting.agenda[1]!;
      expect(await socket.timeout(5_000).emitWithAck("agenda.apply", { meetingId, operation: { op: "remove", id: item.id } })).to.deep.equal({ ok: false, code: "forbidden" });
      const decision = { itemId: item.id, text: "Adopted.", outcome: "adopted" as const, method: "consensus" as const, victimNote: NOTE };
      expect(await socket.timeout(5_000).emitWithAck("decision.record", { meetingId, decision })).to.deep.equal({ ok: false, code: "forbidden" });
      expect(await socket.timeout(5_000).emitWithAck("meeting.setCurrentItem", { meetingId, itemId: item.id })).to.deep.equal({ ok: false, code: "forbidden" });
      const stored = (await Meeting.findById(meeting._id).lean())!;
      expect(stored.agenda).to.have.length(2);
      expect(stored.currentItemId).to.equal(null);
      expect(await Decision.countDocuments({ meetingId })).to.equal(0);
    });

    it("refuses a member who is not a participant: no join, no proposal", async () => {
      const member = await buildUser({ role: "member" });
      const meeting = await buildMeeting();
      const { socket } = await connectAs(member);
      const meetingId = String(meeting._id);
      expect(await socket.timeout(5_000).emitWithAck("meeting.join", { meetingId })).to.deep.equal({ ok: false, code: "forbidden" });
      const proposal = { title: "Shelter places", type: "discussion" as const, plannedMinutes: 10, description: "", tags: [] };
      expect(await socket.timeout(5_000).emitWithAck("agenda.propose", { meetingId, proposal })).to.deep.equal({ ok: false, code: "forbidden" });
    });

    it("uses the user's current role, not the one at the handshake", async () => {
      const chair = await buildUser({ role: "chair" });
      const meeting = await buildMeeting({ status: "in_progress" });
      const { socket } = await connectAs(chair);
      // Changed behind this process's back (another instance): no domain event here.
      await User.updateOne({ _id: chair.user._id }, { $set: { role: "member" } });
      const disconnected = socketDisconnected(socket);
      const reply = await socket.timeout(5_000).emitWithAck("meeting.setCurrentItem", { meetingId: String(meeting._id), itemId: meeting.agenda[0]!.id });
      expect(reply).to.deep.equal({ ok: false, code: "unauthorized" });
      await disconnected;
      expect((await Meeting.findById(meeting._id).lean())!.currentItemId).to.equal(null);
    });
  });

  describe("documents", () => {
    it("does not let a member join a restricted document they are not named on (it looks absent)", async () => {
      const secretariat = await buildUser({ role: "secretariat" });
      const member = await buildUser({ role: "member" });
      const { client } = await connectAs(secretariat);
      const documentId = await createDocument(client, { classification: "restricted" });
      const { socket } = await connectAs(member);
      expect(await socket.timeout(5_000).emitWithAck("doc.join", { documentId })).to.deep.equal({ ok: false, code: "not_found" });
      const reply = await socket.timeout(5_000).emitWithAck("doc.sync", { documentId, message: new Uint8Array([0, 0]) });
      expect(reply.ok).to.equal(false);
    });

    it("refuses an observer whose access has ended from joining even a public document, and disconnects them", async () => {
      const member = await buildUser({ role: "member" });
      const observer = await buildUser({ role: "observer", accessUntil: new Date(Date.now() + 3_600_000) });
      const { client } = await connectAs(member);
      const documentId = await createDocument(client, { classification: "public" });
      const { socket } = await connectAs(observer);
      await User.updateOne({ _id: observer.user._id }, { $set: { accessUntil: new Date(Date.now() - 1_000) } });
      const disconnected = socketDisconnected(socket);
      expect(await socket.timeout(5_000).emitWithAck("doc.join", { documentId })).to.deep.equal({ ok: false, code: "unauthorized" });
      await disconnected;
    });
  });

  describe("system", () => {
    it("answers a ping only while the account may be used", async () => {
      const member = await buildUser({ role: "member" });
      const { socket } = await connectAs(member);
      await User.updateOne({ _id: member.user._id }, { $set: { active: false } });
      const disconnected = socketDisconnected(socket);
      expect(await socket.timeout(5_000).emitWithAck("system.ping")).to.deep.equal({ ok: false, code: "unauthorized" });
      await disconnected;
    });
  });
});
