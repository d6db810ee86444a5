import { expect } from "chai";
import type * as Y from "yjs";
import { DocumentVersion } from "../../../../server/models/DocumentVersion";
import type { PresentedVersionComparison } from "../../../../shared/types";
import { createDocument, signedInAs } from "../../../support/documentFactories";
import { expectProblem } from "../../../support/problemAssertions";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";
import { eventually, YClient } from "../../../support/yClient";

describe("routes: /api/documents/:id/versions/:versionId/compare", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  /** A document with two named versions and a current text that moved on again. */
  async function documentWithHistory(classification = "internal") {
    const owner = await signedInAs(server);
    const id = await createDocument(owner.http, { classification, template: "blank" });
    const editor = await YClient.open(owner.http, server.url, id);
    clients.push(editor);
    editor.type("De inspectie bezoekt de kassen in mei.");
    await editor.settled();
    const first = (await owner.http.post(`/api/documents/${id}/versions`, { name: "Eerste" })).body.id as string;
    editor.type("Een tweede alinea.");
    await editor.settled();
    const second = (await owner.http.post(`/api/documents/${id}/versions`, { name: "Tweede" })).body.id as string;
    editor.ydoc.transact(() => {
      const index = editor.paragraphs().indexOf("De inspectie bezoekt de kassen in mei.");
      const text = (editor.fragment().get(index) as Y.XmlElement).get(0) as Y.XmlText;
      text.delete(3, "inspectie".length);
      text.insert(3, "arbeidsinspectie");
    });
    await editor.settled();
    return { owner, id, first, second, editor };
  }

  const segments = (comparison: PresentedVersionComparison, change: "insert" | "delete") =>
    comparison.blocks.flatMap((block) => block.segments.filter((s) => s.change === change).map((s) => s.text.trim()));

  it("requires authentication", async () => {
    const { id, first } = await documentWithHistory();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get(`/api/documents/${id}/versions/${first}/compare?to=current`), 401, "unauthorized");
  });

  it("rejects a user without permission: observers (published text only) and members not named on a restricted document", async () => {
    const { id, first, owner } = await documentWithHistory();
    expect((await owner.http.patch(`/api/documents/${id}`, { classification: "public" })).status).to.equal(200); // published: observers may read it
    const { http: observer } = await signedInAs(server, "observer");
    expect((await observer.get(`/api/documents/${id}`)).status).to.equal(200);
    expectProblem(await observer.get(`/api/documents/${id}/versions/${first}/compare?to=current`), 403, "forbidden");
    const restricted = await documentWithHistory("restricted");
    const { http: outsider } = await signedInAs(server);
    expectProblem(await outsider.get(`/api/documents/${restricted.id}/versions/${restricted.first}/compare?to=current`), 404, "not_found");
    // The owner still reads it.
    expect((await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to=current`)).status).to.equal(200);
  });

  it("compares a version with the current text: the words inserted and deleted, block by block", async () => {
    const { owner, id, first } = await documentWithHistory();
    const response = await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to=current`);
    expect(response.status).to.equal(200);
    const comparison = response.body as PresentedVersionComparison;
    expect(comparison.from).to.include({ id: first, name: "Eerste" });
    expect(comparison.to).to.equal(null);
    expect(segments(comparison, "delete")).to.deep.equal(["inspectie"]);
    expect(segments(comparison, "insert")).to.deep.equal(["arbeidsinspectie", "Een tweede alinea."]);
    expect(comparison.blocks.find((b) => b.change === "insert")).to.include({ kind: "paragraph" });
    expect(comparison).to.include({ insertedWords: 4, deletedWords: 1 });
  });

  it("compares two versions, either way round", async () => {
    const { owner, id, first, second } = await documentWithHistory();
    const forward = (await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to=${second}`)).body as PresentedVersionComparison;
    expect(forward.to).to.include({ id: second, name: "Tweede" });
    expect(segments(forward, "insert")).to.deep.equal(["Een tweede alinea."]);
    expect(segments(forward, "delete")).to.deep.equal([]);
    const backward = (await owner.http.get(`/api/documents/${id}/versions/${second}/compare?to=${first}`)).body as PresentedVersionComparison;
    expect(segments(backward, "delete")).to.deep.equal(["Een tweede alinea."]);
  });

  it("refuses bad input with a clear error", async () => {
    const { owner, id, first } = await documentWithHistory();
    const other = await documentWithHistory();
    for (const to of ["", "latest", "123", "%24where", `${first}x`, "{\"$ne\":null}"]) {
      expectProblem(await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to=${to}`), 422, "validation_failed");
    }
    expectProblem(await owner.http.get(`/api/documents/${id}/versions/${first}/compare`), 422, "validation_failed");
    expectProblem(await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to[$ne]=x`), 422, "validation_failed");
    expectProblem(await owner.http.get(`/api/documents/${id}/versions/not-an-id/compare?to=current`), 422, "validation_failed");
    // A version of another document is not found through this one, either side.
    expectProblem(await owner.http.get(`/api/documents/${id}/versions/${other.first}/compare?to=current`), 404, "not_found");
    expectProblem(await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to=${other.first}`), 404, "not_found");
    expectProblem(await owner.http.get(`/api/documents/${id}/versions/0123456789abcdef01234567/compare?to=current`), 404, "not_found");
  });

  it("refuses a version whose stored state cannot be read (409), instead of failing", async () => {
    const { owner, id, first } = await documentWithHistory();
    await DocumentVersion.updateOne({ _id: first }, { $set: { state: Buffer.from([1, 2, 3, 4, 5]) } });
    await eventually(async () => (await owner.http.get(`/api/documents/${id}/versions/${first}/compare?to=current`)).status === 409, "unreadable version refused");
  });
});
