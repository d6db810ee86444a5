import { expect } from "chai";
import mongoose from "mongoose";
import { documentStore } from "../../../server/collaboration/documentStore";
import { DocumentUpdate } from "../../../server/models/DocumentUpdate";
import type { PresentedQuarantinedUpdate } from "../../../shared/types";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { throwingUpdate } from "../../support/poisonedUpdates";
import { expectProblem } from "../../support/problems";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("quarantine route", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401)", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get("/api/quarantine"), 401, "unauthorized");
  });

  it("rejects a member, a chair and an observer (403)", async () => {
    for (const role of ["member", "chair", "observer"] as const) {
      const { http } = await signedInAs(server, role);
      expectProblem(await http.get("/api/quarantine"), 403, "forbidden");
      expect((await http.session()).abilities.readQuarantine).to.equal(false);
    }
  });

  it("lists, for the secretariat, the rows moved aside when a document loaded: title, seq, size, when, who, error; never the bytes", async () => {
    const { http: author, built } = await signedInAs(server);
    const id = await createDocument(author, { title: "Casus met een vergiftigde rij", classification: "restricted" });
    const seq = (await documentStore.load(id)).seq + 1;
    const bytes = throwingUpdate();
    const storedAt = new Date("2026-11-20T10:00:00Z");
    await documentStore.reserve(id, seq); // as the server does before it writes a row
    const row = (await documentStore.readDocument(id)).log.lastRow + 1;
    await DocumentUpdate.create({ _id: `${id}:${row}`, row, documentId: new mongoose.Types.ObjectId(id), seq, update: Buffer.from(bytes), userId: built.user.id, at: storedAt });
    expect((await author.get(`/api/documents/${id}/findings`)).status).to.equal(200); // loads the document

    const { http: secretariat } = await signedInAs(server, "secretariat");
    expect((await secretariat.session()).abilities.readQuarantine).to.equal(true);
    const listed = await secretariat.get<PresentedQuarantinedUpdate[]>("/api/quarantine");
    expect(listed.status).to.equal(200);
    const entry = listed.body.find((row) => row.document.id === id)!;
    expect(entry).to.deep.include({
      id: `${id}:update:${seq}`,
      document: { id, title: "Casus met een vergiftigde rij" },
      kind: "update",
      seq,
      size: bytes.byteLength,
      sentBy: { id: built.user.id, name: built.user.name },
      storedAt: storedAt.toISOString(),
    });
    expect(entry.error).to.be.a("string").and.not.equal("");
    expect(Date.parse(entry.quarantinedAt)).to.be.greaterThan(storedAt.getTime());
    expect(Object.keys(entry)).to.not.include("bytes");
    expect(JSON.stringify(listed.body)).to.not.include(Buffer.from(bytes).toString("base64"));
  });
});
