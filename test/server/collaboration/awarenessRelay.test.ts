import { expect } from "chai";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { AwarenessRelay } from "../../../server/collaboration/awarenessRelay";
import { decodeRelay } from "../../../shared/relayMessages";
import { ServedDocument } from "../../../server/collaboration/servedDocument";
import type { GreychairIo } from "../../../server/realtime/socketServer";
import { eventually } from "../../support/yClient";

/** A Socket.IO server as the relay uses it, recording each emit with its room and exception. */
function recordingIo() {
  const sent: Array<{ room: string; except: string | null; update: Uint8Array }> = [];
  const target = (room: string, except: string | null) => ({
    except: (socketId: string) => target(room, socketId),
    // Relayed as text (base64): Socket.IO frames a text event once for all receivers.
    emit: (_event: string, payload: { update: string }) => void sent.push({ room, except, update: decodeRelay(payload.update) }),
  });
  return { io: { to: (room: string) => target(room, null) } as unknown as GreychairIo, sent };
}

/** A browser's awareness whose caret moves: each call sets a new state on the served document. */
function browser(doc: ServedDocument) {
  const own = new Awareness(new Y.Doc());
  return {
    id: own.clientID,
    moveTo(position: number) {
      own.setLocalStateField("cursor", position);
      const update = encodeOwn(own);
      applyAwarenessUpdate(doc.awareness, update, "socket");
    },
  };
}
const encodeOwn = (awareness: Awareness) => encodeAwarenessUpdate(awareness, [awareness.clientID]);

describe("collaboration: awareness relay", () => {
  it("relays the first change at once, and the ones that follow within the spacing together, with the latest states", async () => {
    const { io, sent } = recordingIo();
    const relay = new AwarenessRelay(io);
    const doc = new ServedDocument("650000000000000000000001");
    const [a, b] = [browser(doc), browser(doc)];
    a.moveTo(1);
    relay.relay(doc, [a.id], "socket-a");
    expect(sent).to.have.length(1);
    expect(sent[0]).to.deep.include({ room: "document:650000000000000000000001", except: "socket-a" });

    for (let i = 2; i <= 10; i++) {
      a.moveTo(i);
      relay.relay(doc, [a.id], "socket-a");
    }
    b.moveTo(7);
    relay.relay(doc, [b.id], "socket-b");
    expect(sent).to.have.length(1);
    await eventually(() => sent.length === 2, "the waiting changes go out together");
    // Two senders: everyone gets it; both carets at their latest position.
    expect(sent[1]!.except).to.equal(null);
    const seen = new Awareness(new Y.Doc());
    applyAwarenessUpdate(seen, sent[1]!.update, "server");
    expect(seen.getStates().get(a.id)).to.deep.include({ cursor: 10 });
    expect(seen.getStates().get(b.id)).to.deep.include({ cursor: 7 });
    doc.destroy();
  });

  it("leaves out client ids the awareness ignored (a removal of a client it never saw), and sends nothing if that is all", () => {
    const { io, sent } = recordingIo();
    const relay = new AwarenessRelay(io);
    const doc = new ServedDocument("650000000000000000000003");
    relay.relay(doc, [424242], "socket-a");
    expect(sent).to.have.length(0);
    doc.destroy();
  });

  it("sends nothing for a document unloaded while its changes waited", async () => {
    const { io, sent } = recordingIo();
    const relay = new AwarenessRelay(io);
    const doc = new ServedDocument("650000000000000000000002");
    const a = browser(doc);
    a.moveTo(1);
    relay.relay(doc, [a.id], "socket-a");
    a.moveTo(2);
    relay.relay(doc, [a.id], "socket-a");
    doc.destroy();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(sent).to.have.length(1);
  });
});
