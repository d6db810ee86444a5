import { expect } from "chai";
import { Notification } from "../../../server/models/Notification";
import { brusselsToday } from "../../../shared/brusselsTime";
import { addDays } from "../../../server/notifications/reminders";
import { signedInAs } from "../../support/documentFactories";
import { startTestServer, type TestServer } from "../../support/testServer";
import { createTraining } from "../../support/trainingFactories";

describe("training notifications: confirmed, moved up from the waiting list, reminded before the day", () => {
  let server: TestServer;
  let now = new Date();
  before(async () => (server = await startTestServer({ notifications: { clock: () => now, schedulerIntervalMs: 0 } })));
  after(() => server.stop());
  beforeEach(() => (now = new Date()));

  const typesOf = async (userId: string) => (await Notification.find({ recipientId: userId }).sort({ createdAt: 1 }).lean()).map((n) => n.type);
  const self = { country: "BE", language: "nl" } as const;

  it("confirms a seat, tells the waiting one who moves up (or who registered a colleague), and links to the training", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: first, built: a } = await signedInAs(server);
    const { http: second, built: b } = await signedInAs(server);
    const id = await createTraining(organiser, { capacity: 1 });
    const seat = (await first.post(`/api/trainings/${id}/registrations`, self)).body;
    await second.post(`/api/trainings/${id}/registrations`, self);
    await second.post(`/api/trainings/${id}/registrations`, { ...self, forColleague: true, name: "An Peeters" });
    await server.notifications.idle();
    expect(await typesOf(a.user.id)).to.deep.equal(["training_confirmed"]);
    expect(await typesOf(b.user.id), "waiting: nothing yet").to.deep.equal([]);
    await first.delete(`/api/trainings/${id}/registrations/${seat.id}`);
    await server.notifications.idle();
    expect(await typesOf(b.user.id)).to.deep.equal(["training_moved_up"]);
    await organiser.patch(`/api/trainings/${id}`, { capacity: 2 });
    await server.notifications.idle();
    expect(await typesOf(b.user.id), "the colleague's seat goes to who registered them").to.deep.equal(["training_moved_up", "training_moved_up"]);
    const listed = (await second.get("/api/notifications")).body.notifications;
    expect(listed[0]).to.include({ type: "training_moved_up", link: `/trainings/${id}` });
    expect(listed[0].target).to.include({ kind: "training", available: true });
  });

  it("reminds confirmed participants two days before the first day, once, and not those on the waiting list", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member, built: m } = await signedInAs(server);
    const { http: waiting, built: w } = await signedInAs(server);
    const first = addDays(brusselsToday(), 5);
    const id = await createTraining(organiser, { capacity: 1, days: [{ date: first, startTime: "09:30", endTime: "16:30" }], registrationDeadline: new Date(Date.now() + 86_400_000).toISOString() });
    await member.post(`/api/trainings/${id}/registrations`, self);
    await waiting.post(`/api/trainings/${id}/registrations`, self);
    await server.notifications.tick();
    expect(await typesOf(m.user.id), "five days before: not yet").to.deep.equal(["training_confirmed"]);
    now = new Date(Date.now() + 3 * 86_400_000);
    await server.notifications.tick();
    await server.notifications.tick();
    expect(await typesOf(m.user.id)).to.deep.equal(["training_confirmed", "training_reminder"]);
    expect(await typesOf(w.user.id)).to.deep.equal([]);
    const reminder = (await Notification.findOne({ recipientId: m.user.id, type: "training_reminder" }).lean())!;
    expect(JSON.parse(reminder.details)).to.deep.equal({ dueDate: first });
  });
});
