import { expect } from "chai";
import { socketActor } from "../../../server/realtime/socketActors";
import { buildUser } from "../../support/factories";
import { startTestServer, type TestServer } from "../../support/testServer";

/** Past socketActors' FRESH_MS (2 s): the next event asks the database again. */
const PAST_FRESHNESS_MS = 2_100;

describe("socket actors", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("keeps the last state read, event after event, while the database does not answer", async () => {
    const built = await buildUser({ role: "member" });
    expect((await socketActor(built.user.id, "127.0.0.1"))?.role).to.equal("member");
    await new Promise((resolve) => setTimeout(resolve, PAST_FRESHNESS_MS));
    const databasePid = Number(process.env.GREYCHAIR_TEST_DATABASE_PID);
    process.kill(databasePid, "SIGSTOP");
    try {
      // Each of these waits for the read deadline (1 s) and must then stand on the state read before.
      for (let event = 0; event < 3; event++) {
        const actor = await socketActor(built.user.id, "127.0.0.1");
        expect(actor, `event ${event}`).to.include({ id: built.user.id, role: "member", active: true });
      }
    } finally {
      process.kill(databasePid, "SIGCONT");
    }
  });

  it("fails an event for a user never read while the database does not answer", async () => {
    const built = await buildUser({ role: "member" });
    const databasePid = Number(process.env.GREYCHAIR_TEST_DATABASE_PID);
    process.kill(databasePid, "SIGSTOP");
    try {
      const error = await socketActor(built.user.id, "127.0.0.1").then(() => null, (e: Error) => e);
      expect(error?.message).to.equal("user read timed out");
    } finally {
      process.kill(databasePid, "SIGCONT");
    }
  });
});
