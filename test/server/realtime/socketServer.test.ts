import { expect } from "chai";
import { SessionRecord } from "../../../server/models/SessionRecord";
import { User } from "../../../server/models/User";
import { buildUser } from "../../support/factories";
import { connectSocket, socketDisconnected, socketReady, type TestSocket } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("Socket.IO server", () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];
  const open = (client: TestClient | null, origin?: string) => {
    const socket = connectSocket(client, server.url, { origin });
    sockets.push(socket);
    return socket;
  };
  const signedIn = async (role: "member" | "secretariat" = "member") => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };

  before(async () => (server = await startTestServer()));
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  after(() => server.stop());

  it("refuses a connection without a session", async () => {
    const error = await socketReady(open(null)).then(() => null, (e: Error) => e);
    expect(error?.message).to.equal("unauthorized");
  });

  it("refuses a session that has only passed the password step", async () => {
    const built = await buildUser({ role: "chair" });
    const client = new TestClient(server.url);
    await client.session();
    expect((await client.post("/api/auth/sign-in", { email: built.email, password: built.password })).body.stage).to.equal("second_factor");
    const error = await socketReady(open(client)).then(() => null, (e: Error) => e);
    expect(error?.message).to.equal("unauthorized");
  });

  it("refuses a valid session from another origin", async () => {
    const { client } = await signedIn();
    const error = await socketReady(open(client, "https://evil.example")).then(() => null, (e: Error) => e);
    expect(error?.message).to.equal("forbidden_origin");
  });

  it("accepts a signed-in user on the same origin, greets and answers a ping", async () => {
    const { client } = await signedIn();
    const socket = open(client);
    await socketReady(socket);
    const reply = await socket.timeout(2_000).emitWithAck("system.ping");
    expect(reply.ok).to.equal(true);
  });

  it("lets go of the handshake's user, session and response once the socket is accepted", async () => {
    const { client, built } = await signedIn();
    const socket = open(client);
    await socketReady(socket);
    const held = [...server.io.sockets.sockets.values()].find((s) => s.data.userId === built.user.id)!;
    expect(held.data.sessionId).to.be.a("string");
    const request = held.request as unknown as Record<string, unknown>;
    expect(request.user).to.equal(undefined);
    expect(request.session).to.equal(undefined);
    expect(request.res).to.equal(undefined);
    expect((await socket.timeout(2_000).emitWithAck("system.ping")).ok).to.equal(true);
  });

  it("drops the socket within 5 s when its session is revoked", async () => {
    const { client } = await signedIn();
    const socket = open(client);
    await socketReady(socket);
    const started = Date.now();
    const gone = socketDisconnected(socket);
    const sessions = await client.get("/api/account/sessions");
    const current = sessions.body.find((s: { current: boolean }) => s.current);
    expect((await client.delete(`/api/account/sessions/${current.id}`)).status).to.equal(204);
    await gone;
    expect(Date.now() - started).to.be.below(5_000);
  });

  it("drops a deactivated user's socket within 5 s", async () => {
    const { client: admin } = await signedIn("secretariat");
    const { client, built } = await signedIn();
    const socket = open(client);
    await socketReady(socket);
    const started = Date.now();
    const gone = socketDisconnected(socket);
    expect((await admin.patch(`/api/users/${built.user.id}`, { active: false })).status).to.equal(200);
    await gone;
    expect(Date.now() - started).to.be.below(5_000);
  });

  it("drops a socket whose session disappeared behind the server's back (another instance) within 5 s", async () => {
    const { client, built } = await signedIn();
    const socket = open(client);
    await socketReady(socket);
    const gone = socketDisconnected(socket);
    const started = Date.now();
    await SessionRecord.deleteMany({ userId: built.user._id });
    await gone;
    expect(Date.now() - started).to.be.below(5_000);
    await User.updateOne({ _id: built.user._id }, { $set: { active: true } });
  });
});
