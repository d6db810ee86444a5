import { expect } from "chai";
import mongoose from "mongoose";
import { connectedToFerretDB } from "../../../server/db/databaseKind";
import { DocumentUpdate, ensureDocumentUpdateIndexes, ROWS_BY_DOCUMENT_INDEX } from "../../../server/models/DocumentUpdate";
import { startTestServer, type TestServer } from "../../support/testServer";

const indexNames = async () => (await DocumentUpdate.collection.indexes()).map((index) => index.name);

describe("DocumentUpdate indexes", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("knows it runs on FerretDB here, and the started server left the update rows with their _id index only", async () => {
    expect(await connectedToFerretDB()).to.equal(true);
    await DocumentUpdate.collection.insertOne({ _id: `${new mongoose.Types.ObjectId().toHexString()}:1` as never, seq: 1 });
    expect(await indexNames()).to.deep.equal(["_id_"]);
  });

  it("builds the rows-by-document index for MongoDB (unique per document and seq), and drops it again on FerretDB, as on a database made before", async () => {
    await ensureDocumentUpdateIndexes(false);
    expect(await indexNames()).to.include(ROWS_BY_DOCUMENT_INDEX);
    const documentId = new mongoose.Types.ObjectId();
    const row = (n: number) => ({ _id: `${documentId.toHexString()}:${n}` as never, documentId, row: n, seq: 7, update: Buffer.from([n]), at: new Date() });
    await DocumentUpdate.collection.insertOne(row(1));
    const twice = await DocumentUpdate.collection.insertOne(row(2)).then(() => undefined, (error: { code?: number }) => error);
    expect(twice?.code).to.equal(11000);

    await ensureDocumentUpdateIndexes(true);
    expect(await indexNames()).to.deep.equal(["_id_"]);
    // Idempotent: nothing to drop the second time; the rows stay.
    await ensureDocumentUpdateIndexes(true);
    expect(await DocumentUpdate.collection.countDocuments({ documentId })).to.equal(1);
  });

  it("copes with a database that has no update rows yet", async () => {
    await DocumentUpdate.collection.drop();
    await ensureDocumentUpdateIndexes(true);
    await ensureDocumentUpdateIndexes(false);
    expect(await indexNames()).to.include(ROWS_BY_DOCUMENT_INDEX);
    await ensureDocumentUpdateIndexes(true);
  });
});
