import { expect } from "chai";
import type { Browser } from "playwright-core";
import { MailJob } from "../../server/models/MailJob";
import { User } from "../../server/models/User";
import { launchBrowser } from "../support/browser";
import { signInInBrowser } from "../support/browserSignIn";
import { buildUser } from "../support/factories";
import { TestSmtpServer } from "../support/smtpServer";
import { TestClient } from "../support/testClient";
import { startTestServer, type TestServer } from "../support/testServer";

describe("e2e: an invitation e-mailed by the secretariat, opened in Chromium", function () {
  this.timeout(90_000);
  let server: TestServer;
  let smtp: TestSmtpServer;
  let browser: Browser;
  before(async () => {
    smtp = await TestSmtpServer.start();
    server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Greychair <greychair@benelux.example>" }, notifications: { schedulerIntervalMs: 0 } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  it("arrives at the SMTP server in the chosen language, and its link opens the invitation and creates the account", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const admin = new TestClient(server.url);
    await admin.signIn(secretariat.email, secretariat.password, secretariat.totpSecret);
    const created = await admin.post("/api/invitations", { email: "pieter.politie@politie.example", role: "member", sendEmail: true, emailLanguage: "en" });
    expect(created.status).to.equal(201);

    const mail = await smtp.waitFor((m) => m.envelope.to.includes("pieter.politie@politie.example"));
    expect(mail.parsed.subject).to.equal("You are invited to Greychair");
    const link = mail.parsed.text!.split(/\s+/).find((word) => word.startsWith(`${server.url}/invite/`))!;
    expect(link).to.match(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(mail.parsed.html).to.include(`href="${link}"`);

    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(link);
    await page.getByRole("heading", { name: "Accept your invitation" }).waitFor();
    await page.getByText("pieter.politie@politie.example").first().waitFor();
    await page.getByLabel("Full name").fill("Pieter Politie");
    await page.getByLabel("Password", { exact: true }).fill("grensoverschrijdend samenwerken");
    await page.getByLabel("Repeat password").fill("grensoverschrijdend samenwerken");
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.getByRole("heading", { name: "Set up two-factor sign-in" }).waitFor();
    expect(await User.exists({ email: "pieter.politie@politie.example" })).to.not.equal(null);
  });

  it("the secretariat ticks 'Send the invitation by e-mail' in the form: the e-mail in the chosen language carries the same link the page shows once", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await signInInBrowser(admin, server.url, secretariat);
    await admin.goto(server.url + "/admin/invitations");
    await admin.getByRole("heading", { level: 1, name: "Invitations" }).waitFor();
    await admin.getByLabel("E-mail address").fill("fleur.politie@police.example");
    await admin.getByLabel("Role").selectOption("member");
    await admin.getByLabel("Send the invitation by e-mail").check();
    await admin.getByLabel("Their language").selectOption("fr");
    await admin.getByRole("button", { name: "Create invitation" }).click();
    const shown = (await admin.getByTestId("invitation-link").textContent())!.trim();
    await admin.getByText("An e-mail with this link is on its way to fleur.politie@police.example.").waitFor();

    const mail = await smtp.waitFor((m) => m.envelope.to.includes("fleur.politie@police.example"));
    const link = mail.parsed.text!.split(/\s+/).find((word) => word.startsWith(`${server.url}/invite/`))!;
    expect(link, "the e-mailed link is the one shown once").to.equal(shown);
    expect(mail.parsed.text, "in the language chosen in the form").to.include("le secrétariat du groupe de travail Benelux");

    const page = await (await browser.newContext({ locale: "fr-BE" })).newPage();
    await page.goto(link);
    await page.getByText("fleur.politie@police.example").first().waitFor();
  });

  it("the secretariat e-mails a password-reset link from a person's page; the one-time link stays on screen", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const member = await buildUser({ name: "Ruben Reset" });
    const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await signInInBrowser(admin, server.url, secretariat);
    await admin.goto(`${server.url}/admin/users/${member.user.id}`);
    await admin.getByLabel("Send the link by e-mail").check();
    await admin.getByRole("button", { name: /reset link/i }).click();
    const shown = (await admin.getByTestId("password-reset-link").textContent())!.trim();
    await admin.getByTestId("password-reset-link-email").filter({ hasText: member.email }).waitFor();
    const mail = await smtp.waitFor((m) => m.envelope.to.includes(member.email));
    expect(mail.parsed.text).to.include(shown);
  });

  it("the administration says mail is on, lists a message that could not be sent and sends it again", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const failed = await MailJob.create({
      key: `invitation:e2e-failed-${Date.now()}`,
      template: "invitation",
      to: "bounced@unreachable.example",
      language: "nl",
      status: "failed",
      attempts: 6,
      nextAttemptAt: new Date(),
      lastError: "550 mailbox unavailable",
      messageId: `<e2e-failed-${Date.now()}@benelux.example>`,
    });
    const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await signInInBrowser(admin, server.url, secretariat);
    await admin.goto(server.url + "/admin/settings");
    const section = admin.getByTestId("mail-status");
    await section.getByText("E-mail is on. Messages are sent from Greychair <greychair@benelux.example>.").waitFor();
    await section.getByText("1 message could not be sent.").waitFor();
    await section.getByRole("cell", { name: "550 mailbox unavailable" }).waitFor();
    await section.getByRole("button", { name: /^Send again\s*: bounced@unreachable\.example$/ }).click();
    await section.getByText("It is queued to be sent again.").waitFor();
    expect((await MailJob.findById(failed._id).lean())!.status).to.not.equal("failed");
  });
});
