import { expect } from "chai";
import mongoose from "mongoose";
import { documentStore } from "../../../server/collaboration/documentStore";
import { RESERVE_AHEAD, SeqReservation } from "../../../server/collaboration/seqReservation";
import { DocumentSnapshot } from "../../../server/models/DocumentSnapshot";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { startTestServer, type TestServer } from "../../support/testServer";
import { eventually, YClient } from "../../support/yClient";

describe("collaboration: the bound on a document's stored update rows", () => {
  describe("SeqReservation", () => {
    it("raises the bound once for many updates, before any of them is written, and again only beyond it", async () => {
      const raises: number[] = [];
      const reservation = new SeqReservation(0, 0);
      await Promise.all([1, 2, 3].map((seq) => reservation.cover(seq, async (upTo) => void raises.push(upTo))));
      expect(raises).to.deep.equal([1 + RESERVE_AHEAD]);
      await reservation.cover(RESERVE_AHEAD, async (upTo) => void raises.push(upTo));
      expect(raises).to.have.length(1);
      await reservation.cover(RESERVE_AHEAD + 2, async (upTo) => void raises.push(upTo));
      expect(raises).to.deep.equal([1 + RESERVE_AHEAD, 2 + 2 * RESERVE_AHEAD]);
    });

    it("writes a raise that follows a release after it, never before", async () => {
      const order: string[] = [];
      let finishRelease!: () => void;
      const reservation = new SeqReservation(100, 10);
      const released = reservation.release(10, () => new Promise<void>((resolve) => (finishRelease = () => (order.push("lowered to 10"), resolve()))));
      const covered = reservation.cover(11, async (upTo) => void order.push(`raised to ${upTo}`));
      await new Promise((resolve) => setImmediate(resolve));
      expect(order).to.deep.equal([]);
      finishRelease();
      await Promise.all([released, covered]);
      expect(order).to.deep.equal(["lowered to 10", `raised to ${11 + RESERVE_AHEAD}`]);
    });

    it("fails the write it covers when raising the bound fails", async () => {
      const reservation = new SeqReservation(0, 0);
      const failed = await reservation.cover(1, () => Promise.reject(new Error("stalled"))).catch((error: Error) => error.message);
      expect(failed).to.equal("stalled");
    });
  });

  describe("as the server keeps it", () => {
    let server: TestServer;
    const clients: YClient[] = [];
    before(async () => (server = await startTestServer({ collaboration: { idleUnloadMs: 200 } })));
    afterEach(() => clients.splice(0).forEach((c) => c.close()));
    after(() => server.stop());

    it("is above every stored row while people edit, and back at the snapshot once the document is compacted and idle", async () => {
      const { http } = await signedInAs(server);
      const id = await createDocument(http);
      const editor = await YClient.open(http, server.url, id);
      clients.push(editor);
      editor.type("eerste regel");
      expect((await editor.settled()).every((ack) => ack.ok)).to.equal(true);

      const rows = await DocumentUpdate.find({ documentId: new mongoose.Types.ObjectId(id) }).lean();
      expect(rows.length).to.be.greaterThan(0);
      const editing = await DocumentSnapshot.findById(id).lean();
      expect(editing!.reservedSeq).to.be.at.least(Math.max(...rows.map((row) => row.seq)));
      expect(editing!.reservedSeq).to.be.greaterThan(editing!.seq);

      clients.splice(0).forEach((c) => c.close());
      await eventually(async () => (await server.collaboration.loaded(id)) === undefined, "the document is unloaded");
      const idle = await DocumentSnapshot.findById(id).lean();
      expect(idle!.reservedSeq).to.equal(idle!.seq);
      expect(await DocumentUpdate.countDocuments({ documentId: new mongoose.Types.ObjectId(id) })).to.equal(0);

      // It loads from the snapshot alone, complete, and takes new edits (raising the bound again).
      const again = await YClient.open(http, server.url, id);
      clients.push(again);
      await eventually(() => again.paragraphs().some((text) => text.includes("eerste regel")), "loaded from the snapshot");
      again.type(" en meer");
      expect((await again.settled()).every((ack) => ack.ok)).to.equal(true);
      expect((await DocumentSnapshot.findById(id).lean())!.reservedSeq).to.be.greaterThan(idle!.seq);
      const reloaded = await documentStore.load(id);
      expect(reloaded.pendingUpdates).to.be.greaterThan(0);
    });
  });
});
