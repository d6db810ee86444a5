import { expect } from "chai";
import { seedPeople } from "../../scripts/demo/demoPeople";
import { seedTrainings } from "../../scripts/demo/demoTrainings";
import { Attachment } from "../../server/models/Attachment";
import { Training } from "../../server/models/Training";
import { TrainingRegistration } from "../../server/models/TrainingRegistration";
import { registrationOpen } from "../../shared/trainings";
import { startTestServer, type TestServer } from "../support/testServer";

describe("demo workspace: trainings", function () {
  this.timeout(60_000);
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("seeds the 2016 shelter-staff day with fictional participants and a material, and an upcoming training open for registration", async () => {
    await seedTrainings(await seedPeople());
    const [past, upcoming] = await Training.find().sort({ createdAt: 1 }).lean();
    expect(past!.days[0]!.date).to.equal("2016-09-29");
    expect(registrationOpen({ status: past!.status as "published", registrationDeadline: past!.registrationDeadline })).to.equal(false);
    const participants = await TrainingRegistration.find({ trainingId: String(past!._id) }).lean();
    expect(new Set(participants.map((p) => p.country))).to.deep.equal(new Set(["BE", "NL", "LU"]));
    expect(participants.every((p) => p.userId === null && p.status === "confirmed")).to.equal(true);
    expect(await Attachment.countDocuments({ targetKind: "training", targetId: String(past!._id) })).to.equal(1);
    expect(registrationOpen({ status: upcoming!.status as "published", registrationDeadline: upcoming!.registrationDeadline })).to.equal(true);
    expect(upcoming!.programme).to.have.length(3);
  });
});
