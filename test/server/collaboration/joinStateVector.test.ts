import { expect } from "chai";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { documentPlainText } from "../../../server/documents/documentText";
import { DOCUMENT_LIMITS } from "../../../shared/documents";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { connectSocket, socketReady, type TestSocket } from "../../support/socketClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

describe("collaboration: joining with the client's state vector", () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
    clients.splice(0).forEach((c) => c.close());
  });
  after(() => server.stop());

  /** A socket that records the sync message types it receives and applies them to its own doc. */
  const rawClient = async (http: Parameters<typeof connectSocket>[0]) => {
    const socket = connectSocket(http, server.url);
    sockets.push(socket);
    const ydoc = new Y.Doc();
    const received: number[] = [];
    socket.on("doc.sync", ({ message }) => {
      const decoder = decoding.createDecoder(new Uint8Array(message));
      // Whatever a step 1 asks of this client is not sent: the test only reads.
      received.push(syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), ydoc, "server"));
    });
    await socketReady(socket);
    return { socket, ydoc, received };
  };

  it("sends what the client lacks right after the server's step 1, without the client asking", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const writer = await YClient.open(http, server.url, id);
    clients.push(writer);
    writer.type("al getypt");
    await writer.settled();

    const reader = await rawClient(http);
    const reply = await reader.socket.timeout(5000).emitWithAck("doc.join", { documentId: id, stateVector: Y.encodeStateVector(reader.ydoc) });
    expect(reply).to.deep.include({ ok: true });
    await eventually(() => documentPlainText(reader.ydoc).includes("al getypt"), "the document arrives");
    expect(reader.received.slice(0, 2)).to.deep.equal([syncProtocol.messageYjsSyncStep1, syncProtocol.messageYjsSyncStep2]);
  });

  it("refuses a state vector that is not bytes, too large or malformed, and does not join", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const client = await rawClient(http);
    for (const stateVector of ["abc", 42, new Uint8Array(DOCUMENT_LIMITS.stateVectorBytes + 1), new Uint8Array([5, 255, 255])]) {
      const reply = await client.socket.timeout(5000).emitWithAck("doc.join", { documentId: id, stateVector: stateVector as never });
      expect(reply, String(stateVector).slice(0, 20)).to.deep.equal({ ok: false, code: "invalid_message" });
    }
    const sync = await client.socket.timeout(5000).emitWithAck("doc.sync", { documentId: id, message: new Uint8Array([0, 0]) });
    expect(sync).to.deep.include({ ok: false });
    expect(client.received).to.deep.equal([]);
  });
});
