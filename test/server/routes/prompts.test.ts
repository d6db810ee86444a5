import { expect } from "chai";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { VictimPrompt } from "../../../server/models/VictimPrompt";
import { SEED_PROMPTS } from "../../../server/prompts/seedPrompts";
import { choosePrompt } from "../../../shared/emptyChair";
import type { Role } from "../../../shared/domain";
import { buildUser } from "../../support/factories";
import { expectProblem } from "../../support/problemAssertions";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const TEXT = { nl: "Wat zou het slachtoffer hiervan vinden?", fr: "Qu'en penserait la victime ?", en: "What would the victim think of this?" };

describe("prompt library routes", () => {
  let server: TestServer;
  const signedIn = async (role: Role) => {
    const built = await buildUser({ role });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return client;
  };

  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("requires authentication (401)", async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expectProblem(await anonymous.get("/api/prompts"), 401, "unauthorized");
    expectProblem(await anonymous.post("/api/prompts", { text: TEXT }), 401, "unauthorized");
  });

  it("rejects a user without permission: only the secretariat adds or changes prompts", async () => {
    const before = await VictimPrompt.countDocuments();
    for (const role of ["chair", "member", "observer"] as const) {
      const client = await signedIn(role);
      expectProblem(await client.post("/api/prompts", { text: TEXT }), 403, "forbidden");
      const [first] = (await client.get("/api/prompts")).body;
      expectProblem(await client.patch(`/api/prompts/${first.id}`, { active: false }), 403, "forbidden");
    }
    expect(await VictimPrompt.countDocuments()).to.equal(Math.max(before, SEED_PROMPTS.length));
    expect(await VictimPrompt.countDocuments({ active: false })).to.equal(0);
  });

  it("is seeded once with at least 15 prompts in Dutch, French and English, covering the forms of exploitation", async () => {
    const client = await signedIn("member");
    const prompts = (await client.get("/api/prompts")).body as Array<{ text: Record<string, string>; tags: string[] }>;
    expect(prompts.length).to.be.at.least(15);
    for (const prompt of prompts) for (const language of ["nl", "fr", "en"]) expect(prompt.text[language]!.length).to.be.greaterThan(20);
    const tags = new Set(prompts.flatMap((p) => p.tags));
    for (const form of ["sexual", "labour", "forced_begging", "forced_criminality", "organ_removal"]) expect(tags.has(form), form).to.equal(true);
    await client.get("/api/prompts");
    expect(await VictimPrompt.countDocuments({ key: /^seed-/ })).to.equal(SEED_PROMPTS.length);
  });

  it("lets the secretariat add, change and deactivate prompts; inactive ones are hidden from others", async () => {
    const admin = await signedIn("secretariat");
    const created = await admin.post("/api/prompts", { text: TEXT, tags: ["labour"] });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body).to.deep.include({ text: TEXT, tags: ["labour"], active: true });
    expect(await AuditEntry.countDocuments({ action: "prompt.created", targetId: created.body.id })).to.equal(1);
    const changed = await admin.patch(`/api/prompts/${created.body.id}`, { active: false });
    expect(changed.body).to.deep.include({ tags: ["labour"], active: false, text: TEXT }); // untouched fields stay
    const member = await signedIn("member");
    expect((await member.get("/api/prompts")).body.map((p: { id: string }) => p.id)).not.to.include(created.body.id);
    expect((await admin.get("/api/prompts")).body.map((p: { id: string }) => p.id)).to.include(created.body.id);
  });

  it("refuses bad prompts: a missing language, too long, unknown tag, injection", async () => {
    const admin = await signedIn("secretariat");
    const count = await VictimPrompt.countDocuments();
    for (const body of [
      { text: { nl: "x", fr: "y" } },
      { text: { ...TEXT, en: "x".repeat(601) } },
      { text: TEXT, tags: ["drugs"] },
      { text: { ...TEXT, en: { $gt: "" } } },
      { text: { ...TEXT, de: "Was würde das Opfer denken?" } },
      { text: TEXT, active: "yes" },
    ]) expectProblem(await admin.post("/api/prompts", body), 422, "validation_failed");
    expect(await VictimPrompt.countDocuments()).to.equal(count);
  });

  it("chooses the prompt for the current item by its tags, otherwise rotating, the same for everyone", async () => {
    const prompts = SEED_PROMPTS.map((p, i) => ({ id: String(i).padStart(2, "0"), text: { nl: p.nl, fr: p.fr, en: p.en }, tags: p.tags, active: true }));
    const labour = choosePrompt(prompts, { id: "item-1", tags: ["labour"] }, 0)!;
    expect(labour.matched).to.equal(true);
    expect(labour.prompt.tags).to.include("labour");
    const none = choosePrompt(prompts, { id: "item-2", tags: [] }, 0)!;
    expect(none.matched).to.equal(false);
    expect(choosePrompt(prompts, { id: "item-2", tags: [] }, 0)!.prompt.id).to.equal(none.prompt.id);
    expect(choosePrompt(prompts, { id: "item-2", tags: [] }, 3 * 60_000)!.prompt.id).not.to.equal(none.prompt.id);
    expect(choosePrompt(prompts.map((p) => ({ ...p, active: false })), null, 0)).to.equal(null);
  });
});
