import { expect } from "chai";
import { browserSuite } from "../support/browserSuite";
import { buildUser } from "../support/factories";
import { buildMeeting } from "../support/meetingFactories";
import { TestClient } from "../support/testClient";

/** The first secretariat lands on a task list; the server's status is in administration. */
describe("e2e: first steps for the first secretariat", function () {
  this.timeout(120_000);
  const suite = browserSuite();

  it("lists what to set up, marks each step done as the workspace fills, and goes away when it has all of them", async () => {
    const secretariat = await buildUser({ role: "secretariat" });
    const http = new TestClient(suite.server.url);
    await http.signIn(secretariat.email, secretariat.password, secretariat.totpSecret);
    const page = await suite.signedInPage(secretariat);
    const steps = page.getByTestId("first-steps");
    const state = (name: string) => steps.getByRole("listitem").filter({ hasText: name }).locator(".tag").textContent();
    await steps.getByRole("heading", { name: "First steps" }).waitFor();
    expect(await steps.getByRole("link").allTextContents()).to.deep.equal(["Add the organisations", "Invite the first members", "Create the first meeting", "Review the empty chair’s questions"]);
    expect(await state("Create the first meeting")).to.equal("To do");

    expect((await http.post("/api/organisations", { name: "Payoke", discipline: "shelter_ngo", country: "BE" })).status).to.equal(201);
    expect((await http.post("/api/invitations", { email: "first.member@example.org", role: "member" })).status).to.equal(201);
    await page.reload();
    await steps.waitFor();
    expect(await state("Add the organisations")).to.equal("Done");
    expect(await state("Invite the first members")).to.equal("Done");
    expect(await state("Create the first meeting")).to.equal("To do");
    await steps.getByRole("link", { name: "Create the first meeting" }).click();
    await page.waitForURL(/\/meetings\/new$/);

    await buildMeeting({ participants: [secretariat] });
    await page.goto(suite.server.url + "/");
    await page.getByRole("heading", { name: "What you can do" }).waitFor();
    expect(await steps.count()).to.equal(0);

    // The server's status: in administration, not on everyone's home page.
    expect(await page.getByText("The server and its database are ready.").count()).to.equal(0);
    await page.goto(suite.server.url + "/admin/settings");
    await page.getByText("The server and its database are ready.").waitFor();
  });

  it("is not shown to members", async () => {
    const page = await suite.signedInPage(await buildUser({ role: "member" }));
    await page.getByRole("heading", { name: "What you can do" }).waitFor();
    expect(await page.getByTestId("first-steps").count()).to.equal(0);
  });
});
