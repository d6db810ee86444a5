import { existsSync } from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { MailJob } from "../../../server/models/MailJob";
import { Setting } from "../../../server/models/Setting";
import { clientDistDir } from "../../../server/http/clientAssets";
import type { Role } from "../../../shared/domain";
import { buildUser } from "../../support/factories";
import { buildMeeting } from "../../support/meetingFactories";
import { expectProblem } from "../../support/problemAssertions";
import { addressOf, calendarOf, TestSmtpServer, type ReceivedMail } from "../../support/smtpServer";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

const FROM = "Greychair <greychair@benelux.example>";
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("e-mail delivery over real SMTP", function () {
  let server: TestServer;
  let smtp: TestSmtpServer;
  let now = new Date();
  const signedIn = async (role: Role, options: Parameters<typeof buildUser>[0] = {}) => {
    const built = await buildUser({ role, ...options });
    const client = new TestClient(server.url);
    await client.signIn(built.email, built.password, built.totpSecret);
    return { client, built };
  };
  /** The link a message leads to: the real page of the running server, when the client is built. */
  const expectWorkingPage = async (url: string) => {
    expect(url.startsWith(server.url + "/")).to.equal(true);
    if (!existsSync(path.join(clientDistDir, "index.html"))) return;
    const page = await fetch(url, { headers: { Accept: "text/html" } });
    expect(page.status).to.equal(200);
    expect(page.headers.get("content-type")).to.match(/^text\/html/);
  };
  /** The link into the app: the first address of the running server in the text part. */
  const linkIn = (mail: ReceivedMail) => mail.parsed.text!.split(/\s+/).find((word) => word.startsWith(server.url + "/"))!;
  const messageTo = (email: string) => smtp.waitFor((m) => m.envelope.to.includes(email));

  before(async () => {
    smtp = await TestSmtpServer.start();
    server = await startTestServer({
      env: { SMTP_URL: smtp.url, MAIL_FROM: FROM },
      notifications: { clock: () => now, schedulerIntervalMs: 0, mailWorker: { pollMs: 0 } },
    });
  });
  after(async () => {
    await server.stop();
    await smtp.stop();
  });
  beforeEach(async () => {
    now = new Date();
    smtp.refusal = null;
    await Setting.updateOne({ _id: "workspace" }, { $set: { includeExcerpts: false } }, { upsert: true });
  });

  it("e-mails an assigned action item at once, in the owner's language, with both parts, the right headers and no content", async () => {
    const { client: chair } = await signedIn("chair");
    const owner = await buildUser({ role: "member", language: "fr", name: "Chloé Lambert" });
    const meeting = await buildMeeting({ title: "Réunion sur le cas de Mme X", participants: [owner] });
    const created = await chair.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Contacter le refuge au sujet de Mme X", ownerId: owner.user.id, dueDate: "2099-01-10" });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    await server.notifications.idle();
    const mail = await messageTo(owner.email);

    expect(addressOf(mail.parsed.from)).to.equal("greychair@benelux.example");
    expect(addressOf(mail.parsed.to)).to.equal(owner.email);
    expect(mail.envelope.from).to.equal("greychair@benelux.example");
    expect(mail.parsed.subject).to.equal("Un point d’action pour vous");
    expect(mail.parsed.headers.get("content-language")).to.equal("fr");
    expect(mail.parsed.headers.get("auto-submitted")).to.equal("auto-generated");
    expect(mail.raw).to.match(new RegExp(`^List-Unsubscribe: <${server.url}/account/notifications>`, "m"));
    await server.notifications.mail!.worker.runOnce(); // the run that sent it has finished
    const job = await MailJob.findOne({ to: owner.email, template: "notification" }).lean();
    expect(mail.parsed.messageId).to.equal(job!.messageId);
    expect(job!.status).to.equal("sent");
    expect(mail.parsed.text).to.include("Bonjour Chloé Lambert,");
    expect(mail.parsed.text).to.include("vous a confié un point d’action.");
    expect(mail.parsed.html).to.include('<html lang="fr">');
    expect(mail.parsed.html).to.include("Ouvrir dans Greychair");
    expect(mail.parsed.html).not.to.match(/<img|<script|<link|<style/i);
    // Privacy by default: neither the action item's words nor the meeting's title.
    for (const part of [mail.parsed.text!, mail.parsed.html as string, mail.parsed.subject!]) {
      expect(part).not.to.include("Mme X");
      expect(part).not.to.include("refuge");
    }
    const link = linkIn(mail);
    expect(link).to.equal(`${server.url}/meetings/${meeting._id}/records`);
    await expectWorkingPage(link);
  });

  it("names internal items only when the secretariat turned on excerpts, and never a restricted document's title", async () => {
    const { client: admin } = await signedIn("secretariat");
    expect((await admin.patch("/api/settings", { includeExcerpts: true })).body.includeExcerpts).to.equal(true);
    expect(await AuditEntry.countDocuments({ action: "settings.include_excerpts_changed" })).to.be.greaterThan(0);

    const owner = await buildUser({ role: "member" });
    const meeting = await buildMeeting({ participants: [owner] });
    await admin.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Draft the referral checklist", ownerId: owner.user.id });
    await server.notifications.idle();
    expect((await messageTo(owner.email)).parsed.text).to.include("the action item “Draft the referral checklist”");

    const named = await buildUser({ role: "member" });
    const doc = await admin.post("/api/documents", { title: "Case file Antwerp 2026-17", language: "en", classification: "restricted", memberIds: [named.user.id] });
    expect(doc.status).to.equal(201);
    await server.notifications.idle();
    const added = await messageTo(named.email);
    expect(added.parsed.subject).to.equal("You were added to a restricted document");
    expect(added.parsed.text).to.include("named you on a document");
    for (const part of [added.parsed.text!, added.parsed.html as string]) expect(part).not.to.include("Antwerp");
    expect(linkIn(added)).to.equal(`${server.url}/documents/${doc.body.id}`);
  });

  it("sends meeting invitations with an iCalendar REQUEST, updates with the same UID and a higher SEQUENCE, and a CANCEL", async () => {
    const { client: chair } = await signedIn("chair");
    const member = await buildUser({ role: "member", language: "nl" });
    const created = await chair.post("/api/meetings", {
      title: "Voorjaarsvergadering",
      startsAt: "2099-03-14T08:30:00Z",
      durationMinutes: 150,
      place: "Benelux House, Brussels",
      videoUrl: "https://video.example.org/thb",
      language: "nl",
      participantIds: [member.user.id],
    });
    expect(created.status).to.equal(201);
    const id = created.body.id as string;
    await server.notifications.idle();
    const invitation = await messageTo(member.email);
    expect(invitation.parsed.subject).to.equal("U bent uitgenodigd voor een vergadering");
    expect(invitation.parsed.text).to.include("Benelux House, Brussels");
    expect(invitation.parsed.text).to.include("https://video.example.org/thb");
    expect(invitation.parsed.text).not.to.include("Voorjaarsvergadering");
    const request = unfold(calendarOf(invitation)!);
    expect(request).to.include("METHOD:REQUEST\r\n");
    expect(request).to.include(`UID:meeting-${id}@greychair\r\n`);
    expect(request).to.include("SEQUENCE:0\r\n");
    expect(request).to.include("DTSTART:20990314T083000Z\r\n");
    expect(request).to.include("SUMMARY:Vergadering Benelux-werkgroep\r\n");
    expect(request).to.include("ORGANIZER;CN=\"Greychair\":mailto:greychair@benelux.example\r\n");
    expect(request).to.match(new RegExp(`ATTENDEE;CN="[^"]+";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${member.email.replace(/\./g, "\\.")}\r\n`));
    await expectWorkingPage(linkIn(invitation));

    smtp.clear();
    expect((await chair.patch(`/api/meetings/${id}`, { place: "Huis van de Benelux, zaal 2" })).status).to.equal(200);
    await server.notifications.idle();
    const update = await messageTo(member.email);
    expect(update.parsed.subject).to.equal("Een vergadering is gewijzigd");
    expect(update.parsed.text).to.include("is gewijzigd: plaats.");
    const updated = unfold(calendarOf(update)!);
    expect(updated).to.include("METHOD:REQUEST\r\n");
    expect(updated).to.include(`UID:meeting-${id}@greychair\r\n`);
    expect(updated).to.include("SEQUENCE:1\r\n");
    expect(updated).to.include("LOCATION:Huis van de Benelux\\, zaal 2 — https://video.example.org/thb\r\n");

    smtp.clear();
    const cancelled = await chair.post(`/api/meetings/${id}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).to.equal(200);
    expect(cancelled.body.status).to.equal("cancelled");
    await server.notifications.idle();
    const cancel = await messageTo(member.email);
    expect(cancel.parsed.subject).to.equal("Een vergadering werd geannuleerd");
    const ics = unfold(calendarOf(cancel)!);
    expect(ics).to.include("METHOD:CANCEL\r\n");
    expect(ics).to.include(`UID:meeting-${id}@greychair\r\n`);
    expect(ics).to.include("SEQUENCE:2\r\n");
    expect(ics).to.include("STATUS:CANCELLED\r\n");
  });

  it("retries a refused message with backoff, then delivers it once, keeping its Message-ID", async () => {
    const member = await buildUser({ role: "member" });
    const { client: chair } = await signedIn("chair");
    const meeting = await buildMeeting({ participants: [member] });
    smtp.refusal = { stage: "rcpt", code: 451, message: "Try again later", times: 1 };
    await chair.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Retry me", ownerId: member.user.id });
    await server.notifications.idle();
    await server.notifications.mail!.worker.runOnce();
    const job = (await MailJob.findOne({ to: member.email }).lean())!;
    expect(job).to.include({ status: "queued", attempts: 1 });
    expect(job.lastError).to.include("451");
    expect(job.nextAttemptAt.getTime()).to.be.greaterThan(now.getTime());
    expect(smtp.messages.filter((m) => m.envelope.to.includes(member.email))).to.have.length(0);

    // Not yet due: nothing happens.
    await server.notifications.mail!.worker.runOnce();
    expect((await MailJob.findById(job._id).lean())!.attempts).to.equal(1);

    smtp.refusal = { stage: "data", code: 452, message: "Mailbox busy", times: 1 };
    now = new Date(job.nextAttemptAt.getTime() + 1);
    await server.notifications.mail!.worker.runOnce();
    const second = (await MailJob.findById(job._id).lean())!;
    expect(second).to.include({ status: "queued", attempts: 2 });
    expect(second.nextAttemptAt.getTime() - now.getTime()).to.equal(60_000);

    now = new Date(second.nextAttemptAt.getTime() + 1);
    await server.notifications.mail!.worker.runOnce();
    const delivered = await messageTo(member.email);
    expect(delivered.parsed.messageId).to.equal(job.messageId);
    expect((await MailJob.findById(job._id).lean())!).to.include({ status: "sent", attempts: 3 });
    await server.notifications.mail!.worker.runOnce();
    expect(smtp.messages.filter((m) => m.envelope.to.includes(member.email))).to.have.length(1);
  });

  it("gives up on a permanent refusal, audits mail.failed, lists it for the secretariat, who can send it again", async () => {
    const member = await buildUser({ role: "member" });
    const { client: admin } = await signedIn("secretariat");
    const meeting = await buildMeeting({ participants: [member] });
    smtp.refusal = { stage: "rcpt", code: 550, message: "No such user here", times: 1 };
    await admin.post(`/api/meetings/${meeting._id}/action-items`, { itemId: meeting.agenda[0]!.id, description: "Bounce", ownerId: member.user.id });
    await server.notifications.idle();
    await server.notifications.mail!.worker.runOnce();
    const job = (await MailJob.findOne({ to: member.email }).lean())!;
    expect(job).to.include({ status: "failed", attempts: 1 });
    const audited = await AuditEntry.findOne({ action: "mail.failed", targetId: String(job._id) }).lean();
    expect(audited?.result).to.equal("failure");
    expect(JSON.parse(audited!.details!)).to.include({ template: "notification", to: member.email });

    const failures = await admin.get("/api/mail/failures");
    expect(failures.status).to.equal(200);
    const listed = failures.body.failures.find((f: { id: string }) => f.id === String(job._id));
    expect(listed).to.include({ template: "notification", to: member.email, status: "failed", attempts: 1 });
    expect(listed).not.to.have.property("payload");
    const settings = await admin.get("/api/settings");
    expect(settings.body.mail).to.include({ enabled: true, from: FROM });
    expect(settings.body.mail.failed).to.be.greaterThan(0);

    const { client: member2 } = await signedIn("member");
    expectProblem(await member2.get("/api/mail/failures"), 403, "forbidden");
    expectProblem(await member2.post(`/api/mail/failures/${job._id}/retry`), 403, "forbidden");
    expectProblem(await admin.get("/api/mail/failures?limit=0"), 422, "validation_failed");
    expectProblem(await admin.post("/api/mail/failures/nope/retry"), 422, "validation_failed");

    const retried = await admin.post(`/api/mail/failures/${job._id}/retry`);
    expect(retried.status, JSON.stringify(retried.body)).to.equal(200);
    expect(retried.body.status).to.equal("queued");
    expect(await AuditEntry.countDocuments({ action: "mail.retried", targetId: String(job._id) })).to.equal(1);
    await messageTo(member.email);
    await server.notifications.mail!.worker.runOnce();
    expect((await MailJob.findById(job._id).lean())!.status).to.equal("sent");
    expectProblem(await admin.post(`/api/mail/failures/${job._id}/retry`), 409, "not_failed");
  });

  it("writes the invitation e-mail in the invitee's language when the secretariat gives one, not the sender's", async () => {
    const { client: admin } = await signedIn("secretariat", { name: "Sara Secretariaat", language: "nl" });
    const invited = await admin.post("/api/invitations", { email: "lea.lux@police.example", name: "Léa Lux", language: "fr", role: "member", sendEmail: true });
    expect(invited.status, JSON.stringify(invited.body)).to.equal(201);
    const mail = await messageTo("lea.lux@police.example");
    expect(mail.parsed.subject).to.equal("Vous êtes invité dans Greychair");
    const audited = await AuditEntry.findOne({ action: "invitation.emailed", targetId: invited.body.invitation.id }).lean();
    expect(JSON.parse(audited!.details)).to.deep.equal({ language: "fr" });
  });

  it("e-mails invitations and reset links when the secretariat asks, with working single-use links, never storing the token readable", async () => {
    const { client: admin, built } = await signedIn("secretariat", { name: "Sara Secretariaat" });
    const invited = await admin.post("/api/invitations", { email: "lotte.labour@inspectie.example", role: "member", sendEmail: true, emailLanguage: "nl" });
    expect(invited.status, JSON.stringify(invited.body)).to.equal(201);
    expect(invited.body.link.emailQueued).to.equal(true);
    const token = invited.body.link.link.split("/invite/")[1] as string;
    const queued = await MailJob.findOne({ to: "lotte.labour@inspectie.example" }).lean();
    expect(JSON.stringify(queued)).not.to.include(token);
    const mail = await messageTo("lotte.labour@inspectie.example");
    expect(mail.parsed.subject).to.equal("U bent uitgenodigd voor Greychair");
    expect(mail.parsed.text).to.include("Sara Secretariaat van het secretariaat nodigt u uit");
    expect(mail.parsed.text).to.include("als lid.");
    const link = linkIn(mail);
    expect(link).to.equal(invited.body.link.link);
    await expectWorkingPage(link);
    expect((await new TestClient(server.url).get(`/api/invitations/by-token/${token}`)).body.email).to.equal("lotte.labour@inspectie.example");
    await server.notifications.mail!.worker.runOnce();
    expect((await MailJob.findById(queued!._id).lean())!.secret).to.equal(null);
    expect(await AuditEntry.countDocuments({ action: "invitation.emailed", actorId: built.user.id })).to.equal(1);

    const target = await buildUser({ role: "member", language: "fr" });
    const reset = await admin.post(`/api/users/${target.user.id}/password-reset`, { sendEmail: true });
    expect(reset.status).to.equal(201);
    expect(reset.body.emailQueued).to.equal(true);
    const resetMail = await messageTo(target.email);
    expect(resetMail.parsed.subject).to.equal("Un nouveau mot de passe pour Greychair");
    expect(linkIn(resetMail)).to.equal(reset.body.link);
    expect((await new TestClient(server.url).get(`/api/password-resets/${reset.body.link.split("/reset/")[1]}`)).status).to.equal(200);

    // Without the option nothing is e-mailed; the link is shown once either way.
    const silent = await admin.post(`/api/users/${target.user.id}/password-reset`, {});
    expect(silent.body.emailQueued).to.equal(false);
    expectProblem(await admin.post(`/api/users/${target.user.id}/password-reset`, { sendEmail: "yes" }), 422, "validation_failed");
    expectProblem(await admin.post("/api/invitations", { email: "x@example.test", role: "member", emailLanguage: "de" }), 422, "validation_failed");
  });
});
