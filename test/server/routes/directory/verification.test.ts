import { expect } from "chai";
import { setDirectoryClock } from "../../../../server/directory/clock";
import { addMonths } from "../../../../server/directory/freshness";
import { requestDueVerifications, type ContactPointVerificationDue } from "../../../../server/directory/verificationCycle";
import { startVerificationScheduler } from "../../../../server/directory/verificationScheduler";
import { domainEvents } from "../../../../server/domainEvents";
import { createLogger } from "../../../../server/logger";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { ContactPoint } from "../../../../server/models/ContactPoint";
import { anonymousClient, buildContactPoint, buildOrganisation, signedIn } from "../../../support/directoryFactories";
import { expectProblem } from "../../../support/problems";
import { startTestServer, type TestServer } from "../../../support/testServer";

/** The tests' "now": far from the real date, so only the injected clock decides what is due. */
const NOW = new Date("2031-03-15T10:00:00Z");
const DAY = 86_400_000;

describe("directory: verification cycle, staleness and the freshness report", () => {
  let server: TestServer;
  let restoreClock: () => void;

  before(async () => {
    server = await startTestServer({ verification: { enabled: false } });
    restoreClock = setDirectoryClock(() => NOW);
  });
  after(async () => {
    restoreClock();
    await server.stop();
  });

  const captureDue = () => {
    const seen: ContactPointVerificationDue[] = [];
    const listener = (event: ContactPointVerificationDue) => seen.push(event);
    domainEvents.on("contactPoint.verificationDue", listener);
    return { seen, stop: () => domainEvents.off("contactPoint.verificationDue", listener) };
  };

  it("requires authentication and the secretariat for the report", async () => {
    const anonymous = await anonymousClient(server.url);
    expectProblem(await anonymous.get("/api/directory/freshness"), 401, "unauthorized");
    for (const role of ["member", "chair", "observer"] as const) {
      expectProblem(await (await signedIn(server.url, role)).client.get("/api/directory/freshness"), 403, "forbidden");
    }
  });

  it("asks each owner once per cycle: the linked account, or else the organisation's members (event, no sleeps)", async () => {
    const organisation = await buildOrganisation({ country: "NL" });
    const { built: memberA } = await signedIn(server.url, "member", { organisation });
    const { built: memberB } = await signedIn(server.url, "member", { organisation });
    await signedIn(server.url, "observer", { organisation });
    const { built: linked } = await signedIn(server.url, "member");
    const fresh = await buildContactPoint(organisation, { verifiedAt: addMonths(NOW, -2) });
    const due = await buildContactPoint(organisation, { verifiedAt: new Date(addMonths(NOW, -6).getTime() + 10 * DAY) });
    const stale = await buildContactPoint(organisation, { kind: "person", verifiedAt: addMonths(NOW, -7), linkedUserId: linked.user.id });
    const capture = captureDue();
    try {
      expect(await requestDueVerifications(NOW)).to.equal(2);
      expect(await requestDueVerifications(NOW)).to.equal(0);
      expect(await requestDueVerifications(new Date(NOW.getTime() + DAY))).to.equal(0);
    } finally {
      capture.stop();
    }
    const byId = new Map(capture.seen.map((e) => [e.contactPointId, e]));
    expect([...byId.keys()]).to.have.members([due.id, stale.id]);
    expect(byId.get(due.id)!.ownerIds).to.have.members([memberA.user.id, memberB.user.id]);
    expect(byId.get(stale.id)!.ownerIds).to.deep.equal([linked.user.id]);
    expect(JSON.stringify(capture.seen)).not.to.match(/Person|Function|@/);
    expect((await ContactPoint.findById(due.id).lean())!.verificationRequestedAt!.toISOString()).to.equal(NOW.toISOString());
    expect((await ContactPoint.findById(fresh.id).lean())!.verificationRequestedAt).to.equal(null);
  });

  it("lists my entries to verify, marks past-date entries stale, and confirming starts a new six-month cycle (audited)", async () => {
    const organisation = await buildOrganisation({ country: "LU" });
    const { client: owner, built } = await signedIn(server.url, "member", { organisation });
    const { client: outsider } = await signedIn(server.url, "member");
    const stale = await buildContactPoint(organisation, { verifiedAt: addMonths(NOW, -9) });
    const fresh = await buildContactPoint(organisation, { verifiedAt: addMonths(NOW, -1) });
    const mine = await owner.get("/api/contact-points/to-verify");
    expect(mine.body.map((e: { id: string }) => e.id)).to.deep.equal([stale.id]);
    expect(mine.body[0].freshness.status).to.equal("stale");
    expect((await outsider.get("/api/contact-points/to-verify")).body.map((e: { id: string }) => e.id)).not.to.include(stale.id);
    expect((await owner.get(`/api/contact-points?status=stale&country=LU`)).body.items.map((e: { id: string }) => e.id)).to.deep.equal([stale.id]);
    expect((await owner.get(`/api/contact-points?status=fresh&country=LU`)).body.items.map((e: { id: string }) => e.id)).to.deep.equal([fresh.id]);

    expectProblem(await outsider.post(`/api/contact-points/${stale.id}/verification`), 403, "forbidden");
    const confirmed = await owner.post(`/api/contact-points/${stale.id}/verification`);
    expect(confirmed.status).to.equal(200);
    expect(confirmed.body.freshness).to.deep.include({ status: "fresh", verifiedAt: NOW.toISOString(), nextVerificationAt: addMonths(NOW, 6).toISOString(), verificationRequestedAt: null });
    expect(confirmed.body.freshness.verifiedBy).to.deep.equal({ id: built.user.id, name: built.user.name });
    expect((await owner.get("/api/contact-points/to-verify")).body).to.deep.equal([]);
    expect(await AuditEntry.countDocuments({ action: "contact_point.verified", targetId: stale.id, actorId: built.user.id })).to.equal(1);

    // Six months on (and a month before that), the same entry comes back.
    const later = setDirectoryClock(() => addMonths(NOW, 6));
    try {
      expect((await owner.get("/api/contact-points/to-verify")).body[0].freshness.status).to.equal("stale");
    } finally {
      later();
      setDirectoryClock(() => NOW);
    }
  });

  it("reports per country how many entries are fresh, due and stale, with the oldest first", async () => {
    const { client: secretariat } = await signedIn(server.url, "secretariat");
    const before = (await secretariat.get("/api/directory/freshness")).body;
    const be = (report: typeof before) => report.countries.find((c: { country: string }) => c.country === "BE");
    const organisation = await buildOrganisation({ country: "BE" });
    const oldest = await buildContactPoint(organisation, { verifiedAt: addMonths(NOW, -30) });
    await buildContactPoint(organisation, { verifiedAt: addMonths(NOW, -1) });
    await buildContactPoint(organisation, { verifiedAt: new Date(addMonths(NOW, -6).getTime() + 5 * DAY) });
    const report = (await secretariat.get("/api/directory/freshness")).body;
    expect(report.generatedAt).to.equal(NOW.toISOString());
    expect(report.countries.map((c: { country: string }) => c.country)).to.include.members(["BE", "NL", "LU"]);
    const after = be(report);
    expect({ fresh: after.fresh - be(before).fresh, due: after.due - be(before).due, stale: after.stale - be(before).stale, total: after.total - be(before).total }).to.deep.equal({ fresh: 1, due: 1, stale: 1, total: 3 });
    expect(after.oldest[0]).to.include({ id: oldest.id, freshness: "stale" });
    expect(after.oldest.length).to.be.at.most(5);
  });

  it("runs in the process on its timer and tells when a run is done", async () => {
    const organisation = await buildOrganisation({ country: "BE" });
    const due = await buildContactPoint(organisation, { verifiedAt: addMonths(NOW, -7) });
    const capture = captureDue();
    const ran = new Promise<number>((resolve) => {
      const scheduler = startVerificationScheduler(createLogger("silent"), { firstRunMs: 0, intervalMs: 3_600_000, onRun: (asked) => (scheduler.stop(), resolve(asked)) });
    });
    try {
      expect(await ran).to.be.at.least(1);
    } finally {
      capture.stop();
    }
    expect(capture.seen.map((e) => e.contactPointId)).to.include(due.id);
  });
});
