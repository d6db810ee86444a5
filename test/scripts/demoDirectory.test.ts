import { expect } from "chai";
import { seedDirectory } from "../../scripts/demo/demoDirectory";
import { seedPathways } from "../../scripts/demo/demoPathways";
import { seedPeople } from "../../scripts/demo/demoPeople";
import { freshnessStatus } from "../../server/directory/freshness";
import { ContactPoint } from "../../server/models/ContactPoint";
import { Organisation } from "../../server/models/Organisation";
import { Pathway } from "../../server/models/Pathway";
import { startTestServer, type TestServer } from "../support/testServer";

/** Reserved for fiction: Ofcom's drama ranges (London fixed lines, mobiles). */
const FICTIONAL_PHONE = /^\+44 (20 7946 0\d{3}|7700 900\d{3})$/;
/** Reserved domains only (RFC 2606). */
const EXAMPLE_ADDRESS = /@([a-z0-9-]+\.)*example$/;

describe("demo workspace: directory and referral pathways", function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => (server = await startTestServer({ verification: { enabled: false } })));
  after(() => server.stop());

  it("seeds about 20 organisations, 30 contact points (some due, some stale) and 3 + 2 pathways, with fictional numbers and addresses only", async () => {
    const people = await seedPeople();
    const now = new Date();
    await seedPathways(people, await seedDirectory(people, now), now);

    const organisations = await Organisation.find({ country: { $in: ["BE", "NL", "LU"] } }).lean();
    expect(organisations.length).to.be.within(18, 26);
    expect(new Set(organisations.map((o) => o.country))).to.deep.equal(new Set(["BE", "NL", "LU"]));
    expect(new Set(organisations.map((o) => o.discipline)).size).to.be.at.least(8);

    const entries = await ContactPoint.find().lean();
    expect(entries).to.have.length(30);
    const statuses = entries.map((e) => freshnessStatus(e.nextVerificationAt, now));
    expect(statuses.filter((s) => s === "stale").length).to.be.at.least(3);
    expect(statuses.filter((s) => s === "due").length).to.be.at.least(3);
    expect(entries.filter((e) => e.kind === "person").length).to.be.at.least(5);
    for (const entry of entries) {
      for (const phone of [entry.channels!.phone, entry.channels!.mobile].filter(Boolean)) expect(phone, entry.function).to.match(FICTIONAL_PHONE);
      for (const email of [entry.channels!.email, entry.channels!.secureEmail].filter(Boolean)) expect(email, entry.function).to.match(EXAMPLE_ADDRESS);
    }
    for (const organisation of organisations.filter((o) => o.channels?.switchboard)) {
      expect(organisation.channels!.switchboard).to.match(FICTIONAL_PHONE);
      expect(organisation.website).to.match(/^https:\/\/[a-z0-9.-]+\.example$/);
    }

    const pathways = await Pathway.find().lean();
    expect(pathways.filter((p) => p.kind === "national").map((p) => p.country).sort()).to.deep.equal(["BE", "LU", "NL"]);
    const crossBorder = pathways.filter((p) => p.kind === "cross_border").map((p) => `${p.fromCountry}→${p.toCountry}`);
    expect(crossBorder.sort()).to.deep.equal(["BE→LU", "NL→BE"]);
    const known = new Set(entries.map((e) => String(e._id)));
    for (const pathway of pathways) {
      for (const step of pathway.steps) for (const id of step.contactPointIds) expect(known.has(id)).to.equal(true);
    }
    expect(pathways.every((p) => p.steps.some((s) => s.contactPointIds.length > 0))).to.equal(true);
  });
});
