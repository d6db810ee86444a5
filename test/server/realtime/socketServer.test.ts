import { expect } from "chai";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../../shared/events";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("Socket.IO server", () => {
  let server: TestServer;
  let socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;
  before(async () => (server = await startTestServer()));
  afterEach(() => socket?.disconnect());
  after(() => server.stop());

  it("runs on the same origin, greets and answers a ping", async () => {
    socket = connect(server.url, { transports: ["websocket"], reconnection: false });
    const hello = await new Promise<{ version: string }>((resolve) => socket!.once("server.hello", resolve));
    expect(hello.version).to.be.a("string");
    const reply = await socket.timeout(2_000).emitWithAck("system.ping");
    expect(reply.ok).to.equal(true);
  });
});
