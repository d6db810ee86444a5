import { expect } from "chai";
import * as encoding from "lib0/encoding";
import { personColour } from "../../../shared/personColours";
import { buildUser } from "../../support/factories";
import { createDocument, signedInAs } from "../../support/documentFactories";
import type { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

interface State {
  user?: { id?: string; name?: string; color?: string };
  cursor?: unknown;
}

/** An awareness update written by hand: any client id, clock and state a browser could send. */
function awarenessUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

describe("collaboration: presence is bound to the signed-in user", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  const open = async (http: TestClient, id: string) => {
    const client = await YClient.open(http, server.url, id);
    clients.push(client);
    return client;
  };
  const stateOf = (client: YClient, clientId: number) => client.awareness.getStates().get(clientId) as State | undefined;

  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  it("relays presence to the others with the sender's true identity, whatever the browser claimed", async () => {
    const { http: authorHttp } = await signedInAs(server);
    const id = await createDocument(authorHttp, { classification: "public" });
    const secretariat = await buildUser({ role: "secretariat", name: "Sofie Secretariaat" });
    const { http: observerHttp, built: observer } = await signedInAs(server, "observer");
    const editor = await open(authorHttp, id);
    const reader = await open(observerHttp, id);
    expect(reader.readOnly).to.equal(true);

    // A read-only observer may show a caret, but claims to be the secretariat.
    reader.awareness.setLocalState({ user: { id: secretariat.user.id, name: "Sofie Secretariaat", color: "#000000" }, cursor: { anchor: 1, head: 3 } });
    reader.socket.emit("doc.awareness", { documentId: id, update: awarenessUpdate(reader.ydoc.clientID, 5, reader.awareness.getLocalState()) });
    await eventually(() => stateOf(editor, reader.ydoc.clientID) !== undefined, "the editor sees the observer");
    expect(stateOf(editor, reader.ydoc.clientID)).to.deep.equal({
      user: { id: observer.user.id, name: observer.user.name, color: personColour(observer.user.id) },
      cursor: { anchor: 1, head: 3 },
    });

    // Someone joining later gets the same, from the server's copy.
    const late = await open(authorHttp, id);
    await eventually(() => stateOf(late, reader.ydoc.clientID) !== undefined, "a late joiner sees the observer");
    expect(stateOf(late, reader.ydoc.clientID)!.user).to.deep.equal({ id: observer.user.id, name: observer.user.name, color: personColour(observer.user.id) });
  });

  it("lets a socket speak only for the awareness client ids it announced first", async () => {
    const { http: annaHttp, built: anna } = await signedInAs(server);
    const { http: bramHttp } = await signedInAs(server);
    const id = await createDocument(annaHttp);
    const a = await open(annaHttp, id);
    const b = await open(bramHttp, id);
    const watcher = await open(annaHttp, id);
    a.setPresence("whatever Anna's browser says");
    await eventually(() => stateOf(watcher, a.ydoc.clientID)?.user?.name === anna.user.name, "the watcher sees Anna");

    // Bram's socket tries to take over Anna's client id, then to remove her presence.
    b.socket.emit("doc.awareness", { documentId: id, update: awarenessUpdate(a.ydoc.clientID, 1_000, { user: { name: "Bram as Anna" }, cursor: null }) });
    b.socket.emit("doc.awareness", { documentId: id, update: awarenessUpdate(a.ydoc.clientID, 1_001, null) });
    // Bram's own presence still passes, after his forgeries (one socket's messages arrive in order).
    b.setPresence("Bram");
    await eventually(() => stateOf(watcher, b.ydoc.clientID) !== undefined, "the watcher sees Bram's own presence");
    expect(stateOf(watcher, a.ydoc.clientID)!.user!.name).to.equal(anna.user.name);

    // When Anna leaves, her id is free again, and her presence is gone for the others.
    a.close();
    await eventually(() => stateOf(watcher, a.ydoc.clientID) === undefined, "Anna's presence removed when she leaves");
  });

  it("ignores malformed awareness updates without affecting anyone", async () => {
    const { http } = await signedInAs(server);
    const id = await createDocument(http);
    const a = await open(http, id);
    const b = await open(http, id);
    for (const garbage of [new Uint8Array([1, 2]), new Uint8Array([1, 7, 1, 3, 0x7b, 0x7b, 0x7b]), awarenessUpdate(a.ydoc.clientID, 2, [1, 2])]) {
      a.socket.emit("doc.awareness", { documentId: id, update: garbage });
    }
    a.setPresence("Anna");
    await eventually(() => stateOf(b, a.ydoc.clientID) !== undefined, "valid presence still passes");
    expect(Object.keys(stateOf(b, a.ydoc.clientID)!)).to.deep.equal(["user"]);
  });
});
