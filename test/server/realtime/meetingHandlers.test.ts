import { expect } from "chai";
import { elapsedNow } from "../../../shared/agenda";
import type { PresentedAgenda } from "../../../shared/meetingTypes";
import { AgendaProposal } from "../../../server/models/AgendaProposal";
import { Decision } from "../../../server/models/Decision";
import { Meeting } from "../../../server/models/Meeting";
import type { Role } from "../../../shared/domain";
import { buildUser, type BuiltUser } from "../../support/factories";
import { agendaEntry, buildMeeting } from "../../support/meetingFactories";
import { connectSocket, socketReady, type TestSocket } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const NOTE = { kind: "considered" as const, text: "A victim who fled across the border must not have to tell her story twice." };

describe("meeting socket events", () => {
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
  const user = (role: Role) => buildUser({ role });
  const join = (socket: TestSocket, meetingId: unknown) => socket.timeout(5_000).emitWithAck("meeting.join", { meetingId: String(meetingId) });

  before(async () => (server = await startTestServer()));
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  after(() => server.stop());

  it("joins a meeting's room only when the user may see the meeting", async () => {
    const member = await user("member");
    const { socket } = await connectAs(member);
    const other = await buildMeeting();
    expect(await join(socket, other._id)).to.deep.equal({ ok: false, code: "forbidden" });
    expect(await join(socket, "0123456789abcdef01234567")).to.deep.equal({ ok: false, code: "not_found" });
    expect((await join(socket, { $gt: "" })).ok).to.equal(false);
    const mine = await buildMeeting({ participants: [member] });
    const reply = await join(socket, mine._id);
    expect(reply.ok).to.equal(true);
    if (reply.ok) expect(reply.agenda.entries.map((e: { title: string }) => e.title)).to.deep.equal(["Opening", "Shelter capacity"]);
  });

  it("refuses a member who tries to set the current item or run the timer, and changes nothing", async () => {
    const member = await user("member");
    const meeting = await buildMeeting({ participants: [member], status: "in_progress" });
    const { socket } = await connectAs(member);
    await join(socket, meeting._id);
    const reply = await socket.timeout(5_000).emitWithAck("meeting.setCurrentItem", { meetingId: String(meeting._id), itemId: meeting.agenda[1]!.id });
    expect(reply).to.deep.equal({ ok: false, code: "forbidden" });
    expect(await socket.timeout(5_000).emitWithAck("meeting.timer", { meetingId: String(meeting._id), action: "start" })).to.deep.equal({ ok: false, code: "forbidden" });
    expect(await socket.timeout(5_000).emitWithAck("agenda.apply", { meetingId: String(meeting._id), operation: { op: "remove", id: meeting.agenda[0]!.id } })).to.deep.equal({ ok: false, code: "forbidden" });
    const stored = (await Meeting.findById(meeting._id).lean())!;
    expect(stored.currentItemId).to.equal(null);
    expect(stored.agenda).to.have.length(2);
  });

  it("refuses an observer's proposal and accepts a member's", async () => {
    const observer = await user("observer");
    const member = await user("member");
    const meeting = await buildMeeting({ participants: [observer, member] });
    const { socket: o } = await connectAs(observer);
    const proposal = { title: "Victims' view on the new referral form", type: "discussion", plannedMinutes: 10, description: "", tags: [] };
    expect(await o.timeout(5_000).emitWithAck("agenda.propose", { meetingId: String(meeting._id), proposal: proposal as never })).to.deep.equal({ ok: false, code: "forbidden" });
    expect(await AgendaProposal.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    const { socket: m } = await connectAs(member);
    const reply = await m.timeout(5_000).emitWithAck("agenda.propose", { meetingId: String(meeting._id), proposal: proposal as never });
    expect(reply.ok).to.equal(true);
    expect(await AgendaProposal.countDocuments({ meetingId: String(meeting._id) })).to.equal(1);
  });

  it("refuses a decision without a victim-perspective note over the socket, then records it with one", async () => {
    const chair = await user("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    const { socket } = await connectAs(chair);
    const itemId = meeting.agenda[1]!.id;
    const decision = { itemId, text: "Adopted: weekly exchange of shelter places.", outcome: "adopted" as const, method: "consensus" as const };
    const refused = await socket.timeout(5_000).emitWithAck("decision.record", { meetingId: String(meeting._id), decision });
    expect(refused).to.include({ ok: false, code: "victim_note_required" });
    const tooShort = await socket.timeout(5_000).emitWithAck("decision.record", { meetingId: String(meeting._id), decision: { ...decision, victimNote: { kind: "considered", text: "yes" } } });
    expect(tooShort).to.include({ ok: false, code: "victim_note_required" });
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    const recorded = await socket.timeout(5_000).emitWithAck("decision.record", { meetingId: String(meeting._id), decision: { ...decision, victimNote: NOTE } });
    expect(recorded.ok, JSON.stringify(recorded)).to.equal(true);
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(1);
  });

  it("refuses a decision whose victim note names a victim over the socket, with the findings, then records it acknowledged", async () => {
    const chair = await user("chair");
    const meeting = await buildMeeting({ status: "in_progress" });
    const { socket } = await connectAs(chair);
    const decision = { itemId: meeting.agenda[1]!.id, text: "Adopted: weekly exchange of shelter places.", outcome: "adopted" as const, method: "consensus" as const, victimNote: { kind: "considered" as const, text: "Het slachtoffer Ioana Popescu vroeg om opvang in een ander land, ver van de uitbuiters." } };
    const refused = await socket.timeout(5_000).emitWithAck("decision.record", { meetingId: String(meeting._id), decision });
    expect(refused).to.include({ ok: false, code: "personal_data_found" });
    expect((refused as { findings?: Array<{ masked: string }> }).findings?.map((f) => f.masked)).to.deep.equal(["I. P******"]);
    expect(await Decision.countDocuments({ meetingId: String(meeting._id) })).to.equal(0);
    const recorded = await socket.timeout(5_000).emitWithAck("decision.record", { meetingId: String(meeting._id), decision: { ...decision, acknowledgedFindings: ["person_name:ioana popescu"] } });
    expect(recorded.ok, JSON.stringify(recorded)).to.equal(true);
  });

  it("converges: concurrent reorders by two preparers reach every client, in version order, ending on the server's agenda", async () => {
    const chair = await user("chair");
    const secretariat = await user("secretariat");
    const member = await user("member");
    const entries = Array.from({ length: 8 }, (_, i) => agendaEntry({ title: `Item ${i}` }));
    const meeting = await buildMeeting({ participants: [member], agenda: entries });
    const clients = await Promise.all([connectAs(chair), connectAs(secretariat), connectAs(member)]);
    const seen: PresentedAgenda[][] = clients.map(() => []);
    clients.forEach(({ socket }, i) => socket.on("agenda.updated", ({ agenda }) => seen[i]!.push(agenda)));
    for (const { socket } of clients) expect((await join(socket, meeting._id)).ok).to.equal(true);

    const [a, b] = [clients[0]!.socket, clients[1]!.socket];
    const operations = entries.flatMap((entry, i) => [
      a.timeout(5_000).emitWithAck("agenda.apply", { meetingId: String(meeting._id), operation: { op: "move", id: entry.id, toIndex: (i * 3) % 8 } }),
      b.timeout(5_000).emitWithAck("agenda.apply", { meetingId: String(meeting._id), operation: { op: "move", id: entries[7 - i]!.id, toIndex: i } }),
    ]);
    const replies = await Promise.all(operations);
    expect(replies.every((r) => r.ok), JSON.stringify(replies)).to.equal(true);
    const total = operations.length;
    const deadline = Date.now() + 5_000;
    while (seen.some((list) => list.length < total) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    const stored = (await Meeting.findById(meeting._id).lean())!;
    expect(stored.agendaVersion).to.equal(total);
    for (const list of seen) {
      expect(list.map((agenda) => agenda.version)).to.deep.equal(Array.from({ length: total }, (_, i) => i + 1));
      expect(list.at(-1)!.entries.map((e) => e.id)).to.deep.equal(stored.agenda.map((e) => e.id));
    }
  });

  it("sends HTTP changes to the room too, and gives a late joiner the current item and the running timer", async () => {
    const chair = await user("chair");
    const member = await user("member");
    const meeting = await buildMeeting({ participants: [member] });
    const { socket: chairSocket, client: chairHttp } = await connectAs(chair);
    await join(chairSocket, meeting._id);
    const heard = new Promise<PresentedAgenda>((resolve) => chairSocket.once("agenda.updated", ({ agenda }) => resolve(agenda)));
    await chairHttp.post(`/api/meetings/${meeting._id}/agenda/operations`, { op: "add", entry: { title: "Trafficking for organ removal", type: "information", tags: ["organ_removal"] } });
    expect((await heard).entries.at(-1)!.title).to.equal("Trafficking for organ removal");

    await chairHttp.post(`/api/meetings/${meeting._id}/start`);
    const liveHeard = new Promise((resolve) => chairSocket.once("meeting.live", resolve));
    const current = await chairSocket.timeout(5_000).emitWithAck("meeting.setCurrentItem", { meetingId: String(meeting._id), itemId: meeting.agenda[1]!.id });
    expect(current.ok).to.equal(true);
    await liveHeard;
    const timer = await chairSocket.timeout(5_000).emitWithAck("meeting.timer", { meetingId: String(meeting._id), action: "start" });
    expect(timer.ok).to.equal(true);
    await new Promise((r) => setTimeout(r, 50));

    const { socket: late } = await connectAs(member);
    const reply = await join(late, meeting._id);
    expect(reply.ok).to.equal(true);
    if (!reply.ok) return;
    expect(reply.live.currentItemId).to.equal(meeting.agenda[1]!.id);
    expect(reply.live.timer?.itemId).to.equal(meeting.agenda[1]!.id);
    expect(elapsedNow(reply.live, meeting.agenda[1]!.id, Date.parse(reply.live.serverTime))).to.be.greaterThan(0);
  });
});
