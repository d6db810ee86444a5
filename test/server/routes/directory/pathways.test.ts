import { expect } from "chai";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { Pathway } from "../../../../server/models/Pathway";
import { PathwayVersion } from "../../../../server/models/PathwayVersion";
import { PATHWAY_STAGES } from "../../../../shared/directory";
import { anonymousClient, buildContactPoint, buildOrganisation, signedIn } from "../../../support/directoryFactories";
import { expectProblem, issuePaths } from "../../../support/problems";
import type { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

const UNKNOWN_ID = "0123456789abcdef01234567";

describe("referral pathway routes", () => {
  let server: TestServer;
  let secretariat: TestClient;
  let functionId: string;
  let personId: string;

  const national = (country: string, steps: Array<Record<string, unknown>> = PATHWAY_STAGES.map((stage) => ({ stage, title: `${country} ${stage}` }))) => ({ kind: "national", country, title: `${country} national referral mechanism`, language: "en", steps });
  const crossBorder = (overrides: Record<string, unknown> = {}) => ({
    kind: "cross_border",
    fromCountry: "BE",
    toCountry: "LU",
    situation: "exploited",
    exploitation: ["labour_exploitation"],
    title: "Identified in Antwerp, labour exploitation in Luxembourg",
    language: "en",
    steps: [
      { title: "Call the Luxembourg police first", information: "Work site, period, conditions", languages: ["fr", "de"], contactPointIds: [functionId, personId] },
      { title: "Inform ITM", languages: ["fr"] },
    ],
    ...overrides,
  });

  before(async () => {
    server = await startTestServer({ verification: { enabled: false } });
    ({ client: secretariat } = await signedIn(server.url, "secretariat"));
    const organisation = await buildOrganisation({ country: "LU", discipline: "police" });
    functionId = (await buildContactPoint(organisation, { function: "Section traite" })).id;
    personId = (await buildContactPoint(organisation, { kind: "person", name: "Named Investigator" })).id;
  });
  after(() => server.stop());

  it("requires authentication (401) and changes nothing", async () => {
    const anonymous = await anonymousClient(server.url);
    expectProblem(await anonymous.get("/api/pathways"), 401, "unauthorized");
    expectProblem(await anonymous.get("/api/pathways/compare?countries=BE,LU"), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/pathways", national("BE")), 401, "unauthorized");
    expectProblem(await anonymous.request("PUT", `/api/pathways/${UNKNOWN_ID}`, { ...national("BE"), version: 1 }), 401, "unauthorized");
    expect(await Pathway.countDocuments()).to.equal(0);
  });

  it("rejects users without permission: only the secretariat creates; only the secretariat and named editors change (403)", async () => {
    const created = await secretariat.post("/api/pathways", national("NL"));
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const id = created.body.id as string;
    const { client: member } = await signedIn(server.url, "member");
    const { client: chair } = await signedIn(server.url, "chair");
    const { client: observer } = await signedIn(server.url, "observer");
    for (const client of [member, chair, observer]) {
      expectProblem(await client.post("/api/pathways", national("LU")), 403, "forbidden");
      expectProblem(await client.request("PUT", `/api/pathways/${id}`, { ...national("NL"), title: "Hijacked", version: 1 }), 403, "forbidden");
      expectProblem(await client.request("PUT", `/api/pathways/${id}/editors`, { editorIds: [] }), 403, "forbidden");
    }
    expectProblem(await observer.get(`/api/pathways/${id}/history`), 403, "forbidden");
    expect((await Pathway.findById(id).lean())!.title).to.equal("NL national referral mechanism");
    expect(await Pathway.countDocuments({ country: "LU" })).to.equal(0);
  });

  describe("bad input", () => {
    const cases: Array<[string, unknown, string]> = [
      ["stages out of order", national("BE", [{ stage: "residence", title: "Residence" }, { stage: "detection", title: "Detection" }]), "body.steps"],
      ["no steps", national("BE", []), "body.steps"],
      ["an unknown stage", national("BE", [{ stage: "lottery", title: "x" }]), "body.steps.0.stage"],
      ["an unknown country", national("FR"), "body.country"],
      ["an over-long step", national("BE", [{ stage: "detection", title: "t", description: "d".repeat(2001) }]), "body.steps.0.description"],
      ["too many steps", national("BE", Array.from({ length: 31 }, () => ({ stage: "detection", title: "t" }))), "body.steps"],
      ["the same two countries", { kind: "cross_border", fromCountry: "BE", toCountry: "BE", situation: "residing", title: "t", language: "en", steps: [{ title: "t" }] }, "body.toCountry"],
      ["an unknown kind", { kind: "regional", title: "t", language: "en", steps: [] }, "body.kind"],
      ["an operator as title", { ...national("BE"), title: { $gt: "" } }, "body.title"],
    ];
    for (const [what, body, path] of cases) {
      it(`refuses ${what} with 422 and creates nothing`, async () => {
        const count = await Pathway.countDocuments();
        const response = await secretariat.post("/api/pathways", body);
        expectProblem(response, 422, "validation_failed");
        expect(issuePaths(response), JSON.stringify(response.body)).to.include(path);
        expect(await Pathway.countDocuments()).to.equal(count);
      });
    }

    it("refuses steps pointing at unknown contact points, unknown editors and a second national pathway", async () => {
      expectProblem(await secretariat.post("/api/pathways", crossBorder({ steps: [{ title: "t", contactPointIds: [UNKNOWN_ID] }] })), 422, "validation_failed");
      expectProblem(await secretariat.post("/api/pathways", { ...national("LU"), editorIds: [UNKNOWN_ID] }), 422, "validation_failed");
      if (!(await Pathway.exists({ kind: "national", country: "BE" }))) expect((await secretariat.post("/api/pathways", national("BE"))).status).to.equal(201);
      const twice = await Promise.all([secretariat.post("/api/pathways", national("BE")), secretariat.post("/api/pathways", national("BE"))]);
      expect(twice.map((r) => r.status)).to.deep.equal([409, 409]);
      expect(await Pathway.countDocuments({ kind: "national", country: "BE" })).to.equal(1);
    });
  });

  it("keeps a change history: who, when, what changed, and every earlier version whole", async () => {
    const { client: editor, built } = await signedIn(server.url, "member");
    const created = await secretariat.post("/api/pathways", crossBorder());
    const id = created.body.id as string;
    expect(created.body.steps[0].contactPoints.map((c: { id: string }) => c.id)).to.deep.equal([functionId, personId]);
    expect((await secretariat.request("PUT", `/api/pathways/${id}/editors`, { editorIds: [built.user.id] })).body.version).to.equal(2);

    const steps = created.body.steps.map((s: Record<string, unknown>) => ({ id: s.id, title: s.title, information: s.information, languages: s.languages, contactPointIds: s.contactPointIds }));
    steps[1].title = "Inform ITM the same day";
    steps.push({ title: "Agree who assists the victim" });
    const changed = await editor.request("PUT", `/api/pathways/${id}`, { ...crossBorder(), steps, summary: "Belgium shelters, Luxembourg investigates", version: 2 });
    expect(changed.status, JSON.stringify(changed.body)).to.equal(200);
    expect(changed.body.version).to.equal(3);
    expect(changed.body.updatedBy).to.deep.equal({ id: built.user.id, name: built.user.name });

    expectProblem(await editor.request("PUT", `/api/pathways/${id}`, { ...crossBorder(), title: "Based on an old version", version: 2 }), 409, "stale_version");
    expectProblem(await editor.request("PUT", `/api/pathways/${id}`, { ...national("BE"), version: 3 }), 422, "validation_failed");

    const history = (await editor.get(`/api/pathways/${id}/history`)).body;
    expect(history.map((h: { version: number }) => h.version)).to.deep.equal([3, 2, 1]);
    expect(history[0].by).to.deep.equal({ id: built.user.id, name: built.user.name });
    expect(history[0].changes).to.have.members(["summary", "steps[2].title", "steps: added “Agree who assists the victim”"]);
    expect(history[1].changes).to.deep.equal(["editorIds"]);
    expect(history[2].changes).to.deep.equal(["created"]);

    const first = (await editor.get(`/api/pathways/${id}/versions/1`)).body;
    expect(first.pathway.steps.map((s: { title: string }) => s.title)).to.deep.equal(["Call the Luxembourg police first", "Inform ITM"]);
    expect(first.pathway.summary).to.equal("");
    expectProblem(await editor.get(`/api/pathways/${id}/versions/9`), 404, "not_found");
    expect(await AuditEntry.countDocuments({ action: "pathway.updated", targetId: id })).to.equal(1);

    // A version row left by a crashed write (newer than the pathway) does not block the next change.
    await PathwayVersion.create({ pathwayId: id, version: 4, at: new Date(), changes: ["crashed"], content: "{}" });
    const current = changed.body;
    const sameSteps = current.steps.map((s: Record<string, unknown>) => ({ id: s.id, title: s.title, information: s.information, languages: s.languages, contactPointIds: s.contactPointIds }));
    const after = await secretariat.request("PUT", `/api/pathways/${id}`, { ...crossBorder(), summary: current.summary, steps: sameSteps, title: "After a crash", version: 3 });
    expect(after.status, JSON.stringify(after.body)).to.equal(200);
    expect((await editor.get(`/api/pathways/${id}/history`)).body[0].changes).to.deep.equal(["title"]);
  });

  it("shows two countries side by side, stage by stage, with the cross-border pathways both ways", async () => {
    for (const country of ["BE", "LU"] as const) {
      if (!(await Pathway.exists({ kind: "national", country }))) expect((await secretariat.post("/api/pathways", national(country))).status).to.equal(201);
    }
    const { client: member } = await signedIn(server.url, "member");
    const compared = (await member.get("/api/pathways/compare?countries=BE,LU")).body;
    expect(compared.countries).to.deep.equal(["BE", "LU"]);
    expect(compared.national.map((p: { country: string }) => p.country)).to.deep.equal(["BE", "LU"]);
    expect(compared.stages.map((s: { stage: string }) => s.stage)).to.deep.equal([...PATHWAY_STAGES]);
    expect(compared.stages[0].steps.map((side: Array<{ title: string }>) => side.map((s) => s.title))).to.deep.equal([["BE detection"], ["LU detection"]]);
    expect(compared.crossBorder.length).to.be.at.least(1);
    expect(compared.crossBorder.every((p: { fromCountry: string; toCountry: string }) => [p.fromCountry, p.toCountry].sort().join() === "BE,LU")).to.equal(true);
    expectProblem(await member.get("/api/pathways/compare?countries=BE,BE"), 422, "validation_failed");
    expectProblem(await member.get("/api/pathways/compare?countries=BE"), 422, "validation_failed");
    expectProblem(await member.get("/api/pathways/compare?countries=BE,FR"), 422, "validation_failed");
  });

  it("lets observers read pathways, showing only the contact point cards they may see", async () => {
    const { client: observer } = await signedIn(server.url, "observer");
    const list = (await observer.get("/api/pathways?kind=cross_border&country=LU")).body as Array<{ steps: Array<{ contactPointIds: string[]; contactPoints: Array<{ id: string }> }> }>;
    const step = list[0]!.steps[0]!;
    expect(step.contactPoints.map((c) => c.id)).to.deep.equal([functionId]);
    expect(JSON.stringify(list)).not.to.include("Named Investigator");
  });
});
