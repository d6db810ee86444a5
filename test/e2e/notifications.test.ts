import { expect } from "chai";
import { describeViolations, seriousViolations } from "../support/axe";
import { signInInBrowser } from "../support/browserSignIn";
import { buildUser } from "../support/factories";
import { browserSuite } from "../support/browserSuite";
import { createDocument } from "../support/documentFactories";
import { TestClient } from "../support/testClient";

describe("e2e: notifications in Chromium", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  it("a notification arrives live in the bell, opens from its menu, and the centre and preferences work at phone width", async () => {
    const member = await buildUser({ name: "Mila Member" });
    const chair = await buildUser({ role: "chair", name: "Chloé Chair" });
    const page = await suite.signedInPage(member);
    await page.setViewportSize({ width: 360, height: 740 });
    const bell = page.getByTestId("notification-bell");
    await bell.waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=notification-bell]")?.textContent?.includes("no unread ones"));
    expect(await page.getByTestId("notification-count").count()).to.equal(0);

    // The chair names the member on a restricted document: the member is told, live.
    const http = new TestClient(suite.server.url);
    await http.signIn(chair.email, chair.password, chair.totpSecret);
    const documentId = await createDocument(http, { title: "Opvang over de grens", classification: "restricted" });
    expect((await http.patch(`/api/documents/${documentId}`, { memberIds: [chair.user.id, member.user.id] })).status).to.equal(200);

    await page.getByTestId("notification-count").filter({ hasText: "1" }).waitFor();
    expect(await bell.getAttribute("aria-expanded")).to.equal("false");
    await page.getByRole("button", { name: "Notifications, 1 unread" }).waitFor();

    // No wider than the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(360);

    await bell.click();
    const inMenu = await seriousViolations(page);
    expect(inMenu, describeViolations(inMenu)).to.deep.equal([]);
    const item = page.getByRole("menuitem", { name: /You were given access to “Opvang over de grens”/ });
    await item.waitFor();
    await item.click();
    await page.waitForURL(new RegExp(`/documents/${documentId}$`));
    await page.getByTestId("notification-count").waitFor({ state: "detached" });

    // A second one, marked read from the menu with "Mark all as read".
    expect((await http.patch(`/api/documents/${documentId}`, { memberIds: [chair.user.id] })).status).to.equal(200);
    expect((await http.patch(`/api/documents/${documentId}`, { memberIds: [chair.user.id, member.user.id] })).status).to.equal(200);
    await page.getByTestId("notification-count").filter({ hasText: "1" }).waitFor();
    await bell.click();
    await page.getByRole("menuitem", { name: "Mark all as read" }).click();
    await page.getByTestId("notification-count").waitFor({ state: "detached" });

    await page.goto(`${suite.server.url}/notifications`);
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await page.getByText("You have read everything.").waitFor();
    expect(await page.getByTestId("notification-list").getByRole("listitem").count()).to.equal(2);
    const onCentre = await seriousViolations(page);
    expect(onCentre, describeViolations(onCentre)).to.deep.equal([]);

    await page.getByRole("link", { name: "Choose what you are told about" }).click();
    await page.getByRole("heading", { level: 1, name: "Notifications and e-mail" }).waitFor();
    await page.getByText("E-mail is switched off on this server").waitFor();
    const onPreferences = await seriousViolations(page);
    expect(onPreferences, describeViolations(onPreferences)).to.deep.equal([]);
    await page.getByLabel("By e-mail: Minutes are ready for your review").selectOption("daily_digest");
    await page.getByLabel("In the app: A reply in a discussion you take part in").uncheck();
    await page.getByRole("button", { name: "Save my choices" }).click();
    await page.getByText("Your choices are saved.").waitFor();
    const own = new TestClient(suite.server.url);
    await own.signIn(member.email, member.password, member.totpSecret);
    const preferences = (await own.get("/api/notifications/preferences")).body.preferences as Array<{ type: string; inApp: boolean; email: string }>;
    expect(preferences.find((p) => p.type === "minutes_review")).to.include({ email: "daily_digest", inApp: true });
    expect(preferences.find((p) => p.type === "comment_reply")).to.include({ inApp: false });
  });

  it("after signing out, the next person in the same tab hears only their own notifications", async () => {
    const first = await buildUser({ name: "Anna First" });
    const second = await buildUser({ name: "Bram Second" });
    const chair = await buildUser({ role: "chair", name: "Chris Chair" });
    const http = new TestClient(suite.server.url);
    await http.signIn(chair.email, chair.password, chair.totpSecret);
    const page = await suite.signedInPage(first);
    await page.getByTestId("notification-bell").waitFor();
    const forFirst = await createDocument(http, { title: "Voor Anna", classification: "restricted" });
    await http.patch(`/api/documents/${forFirst}`, { memberIds: [chair.user.id, first.user.id] });
    await page.getByTestId("notification-count").filter({ hasText: "1" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await signInInBrowser(page, suite.server.url, second);
    await page.waitForFunction(() => document.querySelector("[data-testid=notification-bell]")?.textContent?.includes("no unread ones"));

    const again = await createDocument(http, { title: "Weer voor Anna", classification: "restricted" });
    await http.patch(`/api/documents/${again}`, { memberIds: [chair.user.id, first.user.id] });
    const forSecond = await createDocument(http, { title: "Voor Bram", classification: "restricted" });
    await http.patch(`/api/documents/${forSecond}`, { memberIds: [chair.user.id, second.user.id] });
    await page.getByTestId("notification-count").filter({ hasText: "1" }).waitFor();
    await page.getByTestId("notification-bell").click();
    await page.getByRole("menuitem", { name: /“Voor Bram”/ }).waitFor();
    expect(await page.getByRole("menuitem", { name: /Anna/ }).count(), "nothing of the previous person").to.equal(0);
  });
});
