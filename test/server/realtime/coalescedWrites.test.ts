import { expect } from "chai";
import type { Socket as NetSocket } from "node:net";
import { coalesceWrites } from "../../../server/realtime/coalescedWrites";

/** An engine.io connection as coalesceWrites sees it, recording what reaches its TCP socket. */
function fakeConnection() {
  const log: string[] = [];
  let corked = 0;
  const raw = {
    cork: () => void (corked++, log.push("cork")),
    uncork: () => void (corked--, log.push("uncork")),
  } as unknown as NetSocket;
  const connection = {
    waiting: [] as string[],
    transport: { socket: { _socket: raw } } as { socket?: { _socket?: NetSocket } },
    flush() {
      log.push(`flush ${this.waiting.splice(0).join("+")} ${corked > 0 ? "corked" : "uncorked"}`);
    },
  };
  return { connection, log };
}

describe("realtime: coalesced socket writes", () => {
  it("sends everything written in one run (a binary event's two frames) in one corked flush", async () => {
    const { connection, log } = fakeConnection();
    coalesceWrites(connection);
    connection.waiting.push("text");
    connection.flush();
    connection.waiting.push("binary");
    connection.flush();
    expect(log).to.deep.equal([]);
    await Promise.resolve();
    expect(log).to.deep.equal(["cork", "flush text+binary corked", "uncork"]);
  });

  it("flushes again for what is written later, and without a TCP socket (long-polling) too", async () => {
    const { connection, log } = fakeConnection();
    coalesceWrites(connection);
    connection.waiting.push("first");
    connection.flush();
    await Promise.resolve();
    connection.transport = {};
    connection.waiting.push("second");
    connection.flush();
    await Promise.resolve();
    expect(log).to.deep.equal(["cork", "flush first corked", "uncork", "flush second uncorked"]);
  });
});
