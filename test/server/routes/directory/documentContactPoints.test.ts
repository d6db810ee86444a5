import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { DocumentModel } from "../../../../server/models/Document";
import { DIRECTORY_LIMITS } from "../../../../shared/directory";
import { anonymousClient, buildContactPoint, buildOrganisation, signedIn } from "../../../support/directoryFactories";
import { createDocument } from "../../../support/documentFactories";
import { expectProblem } from "../../../support/problems";
import { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

const UNKNOWN_ID = "0123456789abcdef01234567";

describe("routes: /api/documents/:id/contact-points (the good-practice template's contact point section)", () => {
  let server: TestServer;
  let author: TestClient;
  let unitId: string;
  let personId: string;
  let documentId: string;
  const path = (id = documentId) => `/api/documents/${id}/contact-points`;
  const stored = async (id = documentId) => (await DocumentModel.findById(id).lean())!.contactPointIds;

  before(async () => {
    server = await startTestServer({ verification: { enabled: false } });
    ({ client: author } = await signedIn(server.url, "member"));
    const organisation = await buildOrganisation({ country: "NL", discipline: "labour_inspection" });
    unitId = (await buildContactPoint(organisation, { function: "Team mensenhandel" })).id;
    personId = (await buildContactPoint(organisation, { kind: "person", name: "Iris Inspector" })).id;
    documentId = await createDocument(author, { template: "good_practice", classification: "internal" });
  });
  after(() => server.stop());

  it("requires authentication (401) and changes nothing", async () => {
    const anonymous = await anonymousClient(server.url);
    expectProblem(await anonymous.get(path()), 401, "unauthorized");
    expectProblem(await anonymous.request("PUT", path(), { contactPointIds: [unitId] }), 401, "unauthorized");
    expect(await stored()).to.deep.equal([]);
  });

  it("rejects users without permission: observers read but do not change (403); a restricted document stays invisible (404)", async () => {
    const { client: observer } = await signedIn(server.url, "observer");
    const open = await createDocument(author, { template: "good_practice", classification: "public" });
    const read = await observer.get(path(open));
    expect(read.status).to.equal(200);
    expect(read.body.policies).to.deep.equal({ update: false });
    expectProblem(await observer.request("PUT", path(open), { contactPointIds: [unitId] }), 403, "forbidden");
    // Internal documents are not for observers at all.
    expectProblem(await observer.request("PUT", path(), { contactPointIds: [unitId] }), 404, "not_found");
    expect(await stored(open)).to.deep.equal([]);
    const restricted = await createDocument(author, { template: "good_practice", classification: "restricted" });
    const { client: stranger } = await signedIn(server.url, "member");
    expectProblem(await stranger.get(path(restricted)), 404, "not_found");
    expectProblem(await stranger.request("PUT", path(restricted), { contactPointIds: [unitId] }), 404, "not_found");
    expect(await stored()).to.deep.equal([]);
    expect(await stored(restricted)).to.deep.equal([]);
  });

  it("sets the references whole, in order, and audits the change; the cards show what each reader may see", async () => {
    const response = await author.request("PUT", path(), { contactPointIds: [personId, unitId] });
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    expect(response.body).to.deep.equal({ documentId, template: "good_practice", contactPointIds: [personId, unitId], policies: { update: true } });
    expect(await stored()).to.deep.equal([personId, unitId]);
    const entry = await AuditEntry.findOne({ action: "document.contact_points_changed", targetId: documentId }).lean();
    expect(JSON.parse(String(entry!.details))).to.deep.equal({ added: 2, removed: 0 });
    expect((await author.get(path())).body.contactPointIds).to.deep.equal([personId, unitId]);

    // An observer without a grant sees the function-based card only; the named person is "missing".
    const { client: observer } = await signedIn(server.url, "observer");
    const cards = await observer.get(`/api/contact-points/cards?ids=${personId},${unitId}`);
    expect(cards.body.cards.map((card: { id: string }) => card.id)).to.deep.equal([unitId]);
    expect(cards.body.missing).to.deep.equal([personId]);

    expect((await author.request("PUT", path(), { contactPointIds: [] })).status).to.equal(200);
    expect(await stored()).to.deep.equal([]);
  });

  it("refuses bad input (422) and changes nothing", async () => {
    await author.request("PUT", path(), { contactPointIds: [unitId] });
    const bad: unknown[] = [
      {},
      { contactPointIds: "not-a-list" },
      { contactPointIds: [42] },
      { contactPointIds: ["{ $ne: null }"] },
      { contactPointIds: [unitId, unitId] },
      { contactPointIds: Array.from({ length: DIRECTORY_LIMITS.referencesMax + 1 }, (_, i) => i.toString(16).padStart(24, "0")) },
      { contactPointIds: [unitId], extra: true },
      { contactPointIds: [UNKNOWN_ID] },
    ];
    for (const body of bad) expectProblem(await author.request("PUT", path(), body), 422, "validation_failed");
    expectProblem(await author.request("PUT", "/api/documents/not-an-id/contact-points", { contactPointIds: [] }), 422, "validation_failed");
    expectProblem(await author.request("PUT", path(UNKNOWN_ID), { contactPointIds: [] }), 404, "not_found");
    expect(await stored()).to.deep.equal([unitId]);
  });

  it("only good-practice documents have the section: a blank one answers empty and refuses a change (409)", async () => {
    const blank = await createDocument(author, { template: "blank" });
    const read = await author.get(path(blank));
    expect(read.body).to.deep.equal({ documentId: blank, template: "blank", contactPointIds: [], policies: { update: false } });
    expectProblem(await author.request("PUT", path(blank), { contactPointIds: [unitId] }), 409, "not_good_practice");
    expect(await stored(blank)).to.deep.equal([]);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await new TestClient(server.url).get("/api/openapi.json")).body;
    expect(doc.paths["/api/documents/{id}/contact-points"].get.summary).to.match(/contact points a good-practice document refers to/);
    expect(doc.paths["/api/documents/{id}/contact-points"].put.summary).to.match(/^Set the contact points/);
  });
});
