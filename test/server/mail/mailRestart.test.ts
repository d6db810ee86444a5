import { expect } from "chai";
import { Claim } from "../../../server/db/claims";
import { MailJob } from "../../../server/models/MailJob";
import { Notification } from "../../../server/models/Notification";
import { buildUser } from "../../support/factories";
import { buildMeeting } from "../../support/meetingFactories";
import { TestSmtpServer } from "../../support/smtpServer";
import { TestClient } from "../../support/testClient";
import { startTestServer, uniqueDatabaseUri, type TestServer } from "../../support/testServer";

const FROM = "greychair@benelux.example";

describe("the mail queue across restarts", function () {
  this.timeout(60_000);
  let databaseUri = "";
  let server: TestServer | undefined;
  before(() => (databaseUri = uniqueDatabaseUri()));
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("keeps a job queued while SMTP is down and the app stops; the next server sends it", async () => {
    // An SMTP address where nothing listens: the first server cannot deliver.
    const probe = await TestSmtpServer.start();
    const deadUrl = probe.url;
    await probe.stop();
    server = await startTestServer({ databaseUri, env: { SMTP_URL: deadUrl, MAIL_FROM: FROM }, notifications: { schedulerIntervalMs: 0, mailWorker: { pollMs: 0 } } });
    const chair = await buildUser({ role: "chair" });
    const owner = await buildUser({ role: "member" });
    const client = new TestClient(server.url);
    await client.signIn(chair.email, chair.password, chair.totpSecret);
    const meeting = await buildMeeting({ participants: [owner] });
    await client.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Survive a restart", ownerId: owner.user.id });
    await server.notifications.idle();
    await server.notifications.mail!.worker.runOnce();
    const job = (await MailJob.findOne({ to: owner.email }).lean())!;
    expect(job.status).to.equal("queued");
    expect(job.attempts).to.equal(1);
    expect(job.lastError).to.match(/ECONNECTION|ECONNREFUSED/);
    await server.stop();
    server = undefined;

    // The SMTP server is back, on the same address; a new Greychair on the same database. Its
    // clock is past the backoff, so the job is due at once.
    const smtp = await TestSmtpServer.start(probe.port);
    try {
      const later = new Date(Date.now() + 10 * 60_000);
      server = await startTestServer({ databaseUri, env: { SMTP_URL: deadUrl, MAIL_FROM: FROM }, notifications: { clock: () => later, schedulerIntervalMs: 0, mailWorker: { pollMs: 0 } } });
      const mail = await smtp.waitFor((m) => m.envelope.to.includes(owner.email));
      expect(mail.parsed.messageId).to.equal(job.messageId);
      await server.notifications.mail!.worker.runOnce();
      expect((await MailJob.findById(job._id).lean())!.status).to.equal("sent");
    } finally {
      await smtp.stop();
    }
  });

  it("sends again a job whose sender died mid-send (its claim expired), and no job twice while a claim holds", async () => {
    const smtp = await TestSmtpServer.start();
    try {
      // The earlier process (mail off here, so it sends nothing) leaves its state behind.
      server = await startTestServer({ databaseUri, notifications: { schedulerIntervalMs: 0 } });
      const owner = await buildUser({ role: "member" });
      const notification = await Notification.create({ key: `test:${owner.user.id}`, recipientId: owner.user.id, type: "meeting_invited", target: { kind: "meeting", id: String((await buildMeeting({ participants: [owner] }))._id) }, inApp: true, email: "immediately" });
      const past = new Date(Date.now() - 60_000);
      // As a crashed process leaves it: marked sending, its claim taken but expired.
      const crashed = await MailJob.create({ key: `notification:${notification.id}`, template: "notification", to: owner.email, userId: owner.user.id, language: "en", payload: JSON.stringify({ notificationId: notification.id }), status: "sending", nextAttemptAt: past, messageId: "<mail-crashed@benelux.example>" });
      await Claim.create({ _id: `mail:${crashed.id}:0:0`, at: past, expiresAt: past });
      // And one whose claim still holds: another process is sending it right now.
      const held = await MailJob.create({ key: "notification:held", template: "notification", to: "held@example.test", language: "en", payload: "{}", nextAttemptAt: past, messageId: "<mail-held@benelux.example>" });
      await Claim.create({ _id: `mail:${held.id}:0:0`, at: new Date(), expiresAt: new Date(Date.now() + 60_000) });
      await server.stop();

      server = await startTestServer({ databaseUri, env: { SMTP_URL: smtp.url, MAIL_FROM: FROM }, notifications: { schedulerIntervalMs: 0, mailWorker: { pollMs: 0 } } });
      const mail = await smtp.waitFor((m) => m.envelope.to.includes(owner.email));
      expect(mail.parsed.messageId).to.equal("<mail-crashed@benelux.example>");
      await server.notifications.mail!.worker.runOnce();
      expect((await MailJob.findById(crashed._id).lean())!.status).to.equal("sent");
      expect((await MailJob.findById(held._id).lean())!.status).to.equal("queued");
      expect(smtp.messages.filter((m) => m.envelope.to.includes("held@example.test"))).to.have.length(0);
    } finally {
      await smtp.stop();
    }
  });

  it("queues, after a restart, an immediate e-mail whose notification was stored but whose job was not (a crash in between)", async () => {
    const smtp = await TestSmtpServer.start();
    try {
      server = await startTestServer({ databaseUri, notifications: { schedulerIntervalMs: 0 } });
      const owner = await buildUser({ role: "member" });
      const meeting = await buildMeeting({ participants: [owner] });
      const stranded = await Notification.create({ key: `stranded:${owner.user.id}`, recipientId: owner.user.id, type: "meeting_invited", target: { kind: "meeting", id: String(meeting._id) }, inApp: true, email: "immediately" });
      await server.stop();
      const later = new Date(Date.now() + 5 * 60_000);
      server = await startTestServer({ databaseUri, env: { SMTP_URL: smtp.url, MAIL_FROM: FROM }, notifications: { clock: () => later, schedulerIntervalMs: 0, mailWorker: { pollMs: 0 } } });
      await server.notifications.tick();
      await server.notifications.tick(); // a second run adds nothing
      expect(await MailJob.countDocuments({ key: `notification:${stranded.id}` })).to.equal(1);
      const mail = await smtp.waitFor((m) => m.envelope.to.includes(owner.email));
      expect(mail.parsed.subject).to.equal("You are invited to a meeting");
    } finally {
      await smtp.stop();
    }
  });
});
