import { expect } from "chai";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { EVENT_CLASSES, REFUSALS_BEFORE_DISCONNECT } from "../../../server/realtime/socketRateLimits";
import { createDocument } from "../../support/documentFactories";
import { buildUser, type BuiltUser } from "../../support/factories";
import { buildMeeting } from "../../support/meetingFactories";
import { connectSocket, socketDisconnected, socketReady, type TestSocket } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("socket rate limits", () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];

  const signIn = async (built: BuiltUser) => {
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };
  const connect = async (client: TestClient) => {
    const socket = connectSocket(client, server.url);
    sockets.push(socket);
    await socketReady(socket);
    return socket;
  };

  before(async () => (server = await startTestServer()));
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  after(() => server.stop());

  it("cuts off a socket flooding meeting.join, while another user's HTTP requests and socket events still answer", async () => {
    const flooder = await buildUser({ role: "member" });
    const other = await buildUser({ role: "member" });
    const meeting = await buildMeeting({ participants: [flooder, other] });
    const flooderClient = await signIn(flooder);
    const flooding = await connect(flooderClient);
    const otherClient = await signIn(other);
    const otherSocket = await connect(otherClient);

    const warned = new Promise<{ eventClass: string; retryAfterMs: number }>((resolve) => flooding.once("system.rate_limited", resolve));
    const cutOff = socketDisconnected(flooding);
    const replies: Array<{ ok: boolean; code?: string }> = [];
    for (let i = 0; i < 2_000; i++) flooding.emit("meeting.join", { meetingId: String(meeting._id) }, (reply) => replies.push(reply as never));

    // Meanwhile the other user is served, over HTTP and the socket.
    const [account, ping, join] = await Promise.all([
      otherClient.get("/api/account"),
      otherSocket.timeout(10_000).emitWithAck("system.ping"),
      otherSocket.timeout(10_000).emitWithAck("meeting.join", { meetingId: String(meeting._id) }),
    ]);
    expect(account.status).to.equal(200);
    expect(ping.ok).to.equal(true);
    expect(join.ok).to.equal(true);

    expect(await warned).to.include({ eventClass: "normal" });
    expect(await cutOff).to.equal("io server disconnect");
    const refused = replies.filter((r) => r.code === "rate_limited").length;
    expect(refused).to.be.at.least(1).and.at.most(REFUSALS_BEFORE_DISCONNECT + 1);
    // Only what the buckets allow reached the handler (and the database).
    expect(replies.filter((r) => r.ok).length).to.be.at.most(EVENT_CLASSES.normal.burst + EVENT_CLASSES.normal.perSecond * 2);

    // The flooder's next connection is refused for a while; the other user's still works.
    const again = connectSocket(flooderClient, server.url);
    sockets.push(again);
    const error = await socketReady(again).then(() => null, (e: Error) => e);
    expect(error?.message).to.equal("rate_limited");
    expect((await otherClient.get("/api/account")).status).to.equal(200);
  });

  it("refuses a few events over the limit with rate_limited and keeps the socket connected", async () => {
    const chair = await buildUser({ role: "chair" });
    const meeting = await buildMeeting({ status: "in_progress" });
    const socket = await connect(await signIn(chair));
    const decision = { itemId: meeting.agenda[0]!.id, text: "x", outcome: "adopted" as const, method: "consensus" as const };
    const allowed = EVENT_CLASSES.expensive.burst + EVENT_CLASSES.expensive.perSecond;
    const replies = await Promise.all(
      Array.from({ length: allowed + 5 }, () => socket.timeout(10_000).emitWithAck("decision.record", { meetingId: String(meeting._id), decision })),
    );
    const limited = replies.filter((r) => !r.ok && r.code === "rate_limited");
    expect(limited.length).to.be.at.least(3);
    expect((limited[0] as { retryAfterMs?: number }).retryAfterMs).to.be.a("number").and.above(0);
    expect(socket.connected).to.equal(true);
    expect((await socket.timeout(5_000).emitWithAck("system.ping")).ok).to.equal(true);
  });

  it("never limits a realistic editing burst: 400 doc.sync updates and 400 cursor moves at once", async () => {
    const member = await buildUser({ role: "member" });
    const client = await signIn(member);
    const documentId = await createDocument(client);
    const socket = await connect(client);
    expect((await socket.timeout(10_000).emitWithAck("doc.join", { documentId })).ok).to.equal(true);
    const doc = new Y.Doc();
    const text = doc.getXmlFragment("default");
    const paragraph = new Y.XmlText();
    const messages: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      messages.push(encoding.toUint8Array(encoder));
    });
    text.push([new Y.XmlElement("paragraph")]);
    (text.get(0) as Y.XmlElement).insert(0, [paragraph]);
    for (let i = 0; i < 400; i++) paragraph.insert(i, "a");
    let limited = 0;
    socket.on("system.rate_limited", () => limited++);
    for (let i = 0; i < 400; i++) socket.emit("doc.awareness", { documentId, update: new Uint8Array([0]) });
    const acks = await Promise.all(messages.map((message) => socket.timeout(20_000).emitWithAck("doc.sync", { documentId, message })));
    expect(acks.filter((a) => !a.ok), JSON.stringify(acks.slice(0, 3))).to.have.length(0);
    expect(limited).to.equal(0);
    expect(socket.connected).to.equal(true);
  });
});
