import { expect } from "chai";
import { domainEvents } from "../../../server/domainEvents";
import { User } from "../../../server/models/User";
import { accessChangeMark, primeSocketActors, socketActor } from "../../../server/realtime/socketActors";
import { buildUser } from "../../support/factories";
import { connectSocket, socketReady } from "../../support/socketClient";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

/** Past socketActors' FRESH_MS (3 s): the next event asks the database again. */
const PAST_FRESHNESS_MS = 3_100;

/** Runs `body` while the test database is stopped: any read waits for the 1 s deadline and fails. */
async function withDatabaseStopped<T>(body: () => Promise<T>): Promise<T> {
  const databasePid = Number(process.env.GREYCHAIR_TEST_DATABASE_PID);
  process.kill(databasePid, "SIGSTOP");
  try {
    return await body();
  } finally {
    process.kill(databasePid, "SIGCONT");
  }
}

const stored = async (id: string) => (await User.findById(id, { name: 1, role: 1, active: 1, accessUntil: 1 }).lean())!;

describe("socket actors", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("keeps the last state read, event after event, while the database does not answer", async () => {
    const built = await buildUser({ role: "member" });
    expect((await socketActor(built.user.id, "127.0.0.1"))?.role).to.equal("member");
    await new Promise((resolve) => setTimeout(resolve, PAST_FRESHNESS_MS));
    await withDatabaseStopped(async () => {
      // Each of these waits for the read deadline (1 s) and must then stand on the state read before.
      for (let event = 0; event < 3; event++) {
        const actor = await socketActor(built.user.id, "127.0.0.1");
        expect(actor, `event ${event}`).to.include({ id: built.user.id, role: "member", active: true });
      }
    });
  });

  it("fails an event for a user never read while the database does not answer", async () => {
    const built = await buildUser({ role: "member" });
    const error = await withDatabaseStopped(() => socketActor(built.user.id, "127.0.0.1").then(() => null, (e: Error) => e));
    expect(error?.message).to.equal("user read timed out");
  });

  it("takes primed states without reading the database", async () => {
    const built = await buildUser({ role: "member" });
    primeSocketActors([await stored(built.user.id)], accessChangeMark());
    const actor = await withDatabaseStopped(() => socketActor(built.user.id, "10.0.0.1"));
    expect(actor).to.include({ id: built.user.id, role: "member", active: true, ip: "10.0.0.1" });
  });

  it("does not prime over an access change made while the states were read", async () => {
    const built = await buildUser({ role: "member" });
    const mark = accessChangeMark();
    const before = await stored(built.user.id);
    domainEvents.emit("user.accessChanged", built.user.id);
    primeSocketActors([before], mark);
    // Not primed: the event reads the database (stopped here, so it fails instead of using `before`).
    const error = await withDatabaseStopped(() => socketActor(built.user.id, "127.0.0.1").then(() => null, (e: Error) => e));
    expect(error?.message).to.equal("user read timed out");
  });

  it("is primed by the session guard for a connected user, whose events then read nothing", async () => {
    const built = await buildUser({ role: "member" });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    const socket = connectSocket(client, server.url);
    try {
      await socketReady(socket);
      expect((await socketActor(built.user.id, "127.0.0.1"))?.name).to.equal(built.user.name);
      // Changed behind the process's back (no domain event): only a read of the database sees it.
      await User.updateOne({ _id: built.user.id }, { $set: { name: "Renamed Member" } });
      // Past the guard's next 2 s check, and past FRESH_MS of the state read above.
      await new Promise((resolve) => setTimeout(resolve, PAST_FRESHNESS_MS));
      // Unprimed, this event would read, time out and stand on the old name.
      const actor = await withDatabaseStopped(() => socketActor(built.user.id, "127.0.0.1"));
      expect(actor).to.include({ id: built.user.id, role: "member", name: "Renamed Member" });
    } finally {
      socket.disconnect();
    }
  });
});
