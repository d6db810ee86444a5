import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { totpCode } from "../../server/auth/totp";
import { launchBrowser } from "../support/browser";
import { SignInAttempt } from "../../server/models/SignInAttempt";
import { buildUser } from "../support/factories";
import { unusedTotpCode, wrongTotpCode } from "../support/testClient";
import { startTestServer, type TestServer } from "../support/testServer";

const SCREENSHOTS = process.env.E2E_SCREENSHOTS; // a folder, to look at the pages while developing

describe("e2e: invitation, acceptance, two-factor enrolment and sign-in in Chromium", function () {
  this.timeout(90_000);
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const snap = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  };

  async function signIn(page: Page, email: string, password: string, secret: string) {
    await page.goto(server.url + "/sign-in");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Enter your sign-in code" }).waitFor();
    await snap(page, "02-code");
    await page.getByLabel("Code").fill(await unusedTotpCode(email, secret));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  }

  it("the secretariat invites a member, who accepts, enrols two-factor sign-in and signs in", async () => {
    const secretariat = await buildUser({ role: "secretariat", name: "Sara Secretariaat" });
    const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await admin.goto(server.url + "/sign-in");
    await snap(admin, "01-sign-in");
    await signIn(admin, secretariat.email, secretariat.password, secretariat.totpSecret!);
    await snap(admin, "03-home");

    await admin.goto(server.url + "/admin/invitations");
    await admin.getByRole("heading", { level: 1, name: "Invitations" }).waitFor();
    await admin.getByLabel("E-mail address").fill("lotte.labour@inspectie.example");
    await admin.getByLabel("Role").selectOption("member");
    await admin.getByRole("button", { name: "Create invitation" }).click();
    const linkElement = admin.getByTestId("invitation-link");
    await linkElement.waitFor();
    await snap(admin, "04-invitation-created");
    const link = (await linkElement.textContent())!.trim();
    expect(link).to.match(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));

    const memberContext = await browser.newContext({ locale: "en-GB" });
    const member = await memberContext.newPage();
    await member.goto(link);
    await member.getByRole("heading", { name: "Accept your invitation" }).waitFor();
    await member.getByText("lotte.labour@inspectie.example").first().waitFor();
    await member.getByLabel("Full name").fill("Lotte Labour");
    await member.getByLabel("Password", { exact: true }).fill("arbeidsinspectie ziet meer 2026");
    await member.getByLabel("Repeat password").fill("arbeidsinspectie ziet meer 2026");
    await member.getByLabel("Language").selectOption("en");
    await snap(member, "05-accept");
    await member.getByRole("button", { name: "Create my account" }).click();

    await member.getByRole("heading", { name: "Set up two-factor sign-in" }).waitFor();
    const secret = (await member.getByTestId("totp-secret").getAttribute("data-secret"))!;
    expect(secret).to.match(/^[A-Z2-7]{32}$/);
    await snap(member, "06-enrol");
    await member.getByLabel("Code from your app").fill(totpCode(secret, Date.now()));
    await member.getByRole("button", { name: "Confirm" }).click();
    const codes = member.getByTestId("recovery-codes").getByRole("listitem");
    await codes.first().waitFor();
    expect(await codes.count()).to.equal(10);
    await snap(member, "07-recovery-codes");
    await member.getByRole("button", { name: "I have stored my recovery codes" }).click();
    await member.getByRole("button", { name: "Sign out" }).waitFor();

    await member.getByRole("button", { name: "Sign out" }).click();
    await member.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await signIn(member, "lotte.labour@inspectie.example", "arbeidsinspectie ziet meer 2026", secret);
    await member.getByText("Lotte Labour").first().waitFor();

    await admin.goto(server.url + "/admin/users");
    await admin.getByText("Lotte Labour").first().waitFor();
    await snap(admin, "08-users");
    await admin.goto(server.url + "/admin/audit");
    await admin.getByText("invitation.accepted").first().waitFor();
    await snap(admin, "09-audit");
    await memberContext.close();
  });

  it("sends the user back to the password, saying why, after five wrong codes", async () => {
    const built = await buildUser({ role: "chair" });
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(server.url + "/sign-in");
    await page.getByLabel("E-mail address").fill(built.email);
    await page.getByLabel("Password", { exact: true }).fill(built.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Enter your sign-in code" }).waitFor();
    for (let i = 1; i <= 5; i++) {
      // Past the pause between failures, as waiting would be.
      await SignInAttempt.updateMany({}, { $set: { at: new Date(Date.now() - 120_000) } });
      await page.getByLabel("Code").fill(wrongTotpCode(built.totpSecret!));
      const answered = page.waitForResponse((response) => response.url().endsWith("/api/auth/second-factor"));
      await page.getByRole("button", { name: "Continue" }).click();
      expect((await (await answered).json()).code).to.equal(i < 5 ? "invalid_code" : "second_factor_restart");
      if (i < 5) await page.getByText("That code did not work").first().waitFor();
      // The page empties the field after a refused code; typing before that would be lost.
      if (i < 5) await page.waitForFunction(() => (document.getElementById("second-factor-code") as HTMLInputElement | null)?.value === "");
    }
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByText("Too many codes were tried").waitFor();
    await context.close();
  });
});

