import { expect } from "chai";
import { MailJob } from "../../../server/models/MailJob";
import { Notification } from "../../../server/models/Notification";
import { lastDigestMoment } from "../../../server/notifications/digest";
import { savePreferences } from "../../../server/notifications/preferences";
import { buildUser } from "../../support/factories";
import { createDocument, signedInAs } from "../../support/documentFactories";
import { TestSmtpServer } from "../../support/smtpServer";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("the daily digest at 08:00 Brussels time", () => {
  describe("the digest moment", () => {
    const cases: Array<[string, string, string]> = [
      // now (UTC), the digest day, its instant (UTC)
      ["2031-01-15T07:00:00.000Z", "2031-01-15", "2031-01-15T07:00:00.000Z"], // winter: 08:00 CET
      ["2031-01-15T06:59:59.000Z", "2031-01-14", "2031-01-14T07:00:00.000Z"],
      ["2031-07-15T06:00:00.000Z", "2031-07-15", "2031-07-15T06:00:00.000Z"], // summer: 08:00 CEST
      ["2031-03-30T05:59:59.000Z", "2031-03-29", "2031-03-29T07:00:00.000Z"], // the night clocks go forward
      ["2031-03-30T06:00:00.000Z", "2031-03-30", "2031-03-30T06:00:00.000Z"],
      ["2031-10-26T06:59:59.000Z", "2031-10-25", "2031-10-25T06:00:00.000Z"], // the night clocks go back
      ["2031-10-26T07:00:00.000Z", "2031-10-26", "2031-10-26T07:00:00.000Z"],
      ["2031-10-26T23:30:00.000Z", "2031-10-26", "2031-10-26T07:00:00.000Z"], // 00:30 on the 27th in Brussels: its 08:00 is still to come
    ];
    for (const [now, day, at] of cases) {
      it(`at ${now} it is the digest of ${day}, ${at}`, () => {
        const moment = lastDigestMoment(new Date(now));
        expect(moment.day).to.equal(day);
        expect(moment.at.toISOString()).to.equal(at);
      });
    }
  });

  describe("on a day clocks go forward", function () {
    let server: TestServer;
    let smtp: TestSmtpServer;
    let now = new Date("2031-03-30T05:00:00Z");
    before(async () => {
      smtp = await TestSmtpServer.start();
      server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "greychair@benelux.example" }, notifications: { clock: () => now, schedulerIntervalMs: 0, mailWorker: { pollMs: 0 } } });
    });
    after(async () => {
      await server.stop();
      await smtp.stop();
    });

    /** Notifications made for `user` at a given instant (stored directly: the clock of mongoose's timestamps is the real one). */
    async function notifiedAt(userId: string, instant: string, count: number, type: "comment_reply" | "mention") {
      const { http } = await signedInAs(server, "member");
      const documentId = await createDocument(http, { classification: "public", title: "Referral in three countries" });
      for (let i = 0; i < count; i++) {
        await server.notifications.notifier.notify({ type, recipientIds: [userId], target: { kind: "document", id: documentId }, actorId: null, eventKey: `digest-test:${type}:${instant}:${i}` });
      }
      await Notification.collection.updateMany({ recipientId: userId, type }, { $set: { createdAt: new Date(instant) } });
    }

    it("sends one digest per person at 08:00 local time, grouped by type with counts, in their language, never twice", async () => {
      const member = await buildUser({ role: "member", language: "en" });
      await savePreferences(member.user.id, [{ type: "mention", email: "daily_digest" }]);
      // 06:00 and 07:30 local (CEST), after the night's change: for the digest of 08:00.
      await notifiedAt(member.user.id, "2031-03-30T04:00:00Z", 2, "comment_reply");
      await notifiedAt(member.user.id, "2031-03-30T05:30:00Z", 1, "mention");

      now = new Date("2031-03-30T05:59:59Z"); // 07:59:59 in Brussels
      await server.notifications.tick();
      expect(await MailJob.countDocuments({ template: "digest", userId: member.user.id })).to.equal(0);

      now = new Date("2031-03-30T06:00:00Z"); // 08:00 in Brussels
      await server.notifications.tick();
      await server.notifications.tick();
      expect(await MailJob.countDocuments({ template: "digest", userId: member.user.id })).to.equal(1);
      const mail = await smtp.waitFor((m) => m.envelope.to.includes(member.email));
      expect(mail.parsed.subject).to.equal("Greychair: 3 new notifications");
      expect(mail.parsed.text).to.include("Since the last summary there are 3 new notifications for you.");
      expect(mail.parsed.text).to.include("1 mention\n");
      expect(mail.parsed.text).to.include("2 replies\n");
      expect(mail.parsed.text).to.include("Someone replied in a discussion on the document “Referral in three countries”.");
      expect(mail.parsed.text).to.include(`${server.url}/notifications`);
      expect(mail.parsed.html).to.include("Your daily summary");
      expect(await Notification.countDocuments({ recipientId: member.user.id, digestJobId: null })).to.equal(0);

      // The next day's digest has only what came after.
      now = new Date("2031-03-31T06:00:00Z");
      await server.notifications.tick();
      expect(await MailJob.countDocuments({ template: "digest", userId: member.user.id })).to.equal(1);
    });

    it("uses the plural rules of the person's language", async () => {
      const member = await buildUser({ role: "member", language: "fr" });
      await notifiedAt(member.user.id, "2031-03-30T05:00:00Z", 1, "comment_reply");
      now = new Date("2031-03-30T06:05:00Z");
      await server.notifications.tick();
      const mail = await smtp.waitFor((m) => m.envelope.to.includes(member.email));
      expect(mail.parsed.subject).to.equal("Greychair : 1 nouvelle notification");
      expect(mail.parsed.text).to.include("1 réponse\n");
      expect(mail.parsed.headers.get("content-language")).to.equal("fr");
    });
  });
});
