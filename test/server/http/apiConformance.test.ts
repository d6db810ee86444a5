import { expect } from "chai";
import { User } from "../../../server/models/User";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { buildUser } from "../../support/factories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";

/** What schemathesis (npm run fuzz:api) checks, kept by the suite: methods, limits, documented answers. */
describe("API conformance", () => {
  let server: TestServer;
  let doc: any;
  let client: TestClient;
  before(async () => {
    server = await startTestServer();
    doc = await (await server.fetch("/api/openapi.json")).json();
    const member = await buildUser({ role: "member" });
    client = new TestClient(server.url);
    await client.signIn(member.email, member.password, member.totpSecret);
  });
  after(() => server.stop());

  describe("undeclared methods", () => {
    it("answer 405 with Allow, as a problem, on a known path", async () => {
      const response = await client.request("DELETE", "/api/account");
      expect(response.status).to.equal(405);
      expect(response.headers.get("allow")).to.equal("GET, PATCH, HEAD, OPTIONS");
      expect(response.headers.get("content-type")).to.match(/^application\/problem\+json/);
      expect(response.body).to.include({ status: 405, code: "method_not_allowed" });
      expect((await client.request("PUT", "/api/meetings", {})).status).to.equal(405);
    });

    it("match a concrete path before a templated one (PATCH /action-items/mine is not PATCH /action-items/{actionId})", async () => {
      const patch = await client.request("PATCH", "/api/action-items/mine", { status: "done" });
      expect(patch.status).to.equal(405);
      expect(patch.headers.get("allow")).to.equal("GET, HEAD, OPTIONS");
      expect((await client.get("/api/action-items/mine")).status).to.equal(200);
      expect((await client.request("PATCH", "/api/action-items/0123456789abcdef01234567", { status: "done" })).status).to.equal(404);
    });

    it("answer OPTIONS with 204 and Allow, and unknown paths still with 404", async () => {
      const options = await client.request("OPTIONS", "/api/documents");
      expect(options.status).to.equal(204);
      expect(options.headers.get("allow")).to.equal("GET, POST, HEAD, OPTIONS");
      expect((await client.request("DELETE", "/api/no-such-thing")).status).to.equal(404);
    });
  });

  describe("text limits", () => {
    it("count the characters as sent, refuse white space only, and store the value trimmed", async () => {
      const max = ACCOUNT_LIMITS.nameMax;
      const schema = doc.paths["/api/account"].patch.requestBody.content["application/json"].schema;
      expect(schema.properties.name).to.include({ maxLength: max, pattern: "\\S" });
      expect(schema).to.include({ minProperties: 1, additionalProperties: false });

      const tooLong = await client.patch("/api/account", { name: `  ${"a".repeat(max - 1)}  ` });
      expect(tooLong.status).to.equal(422);
      expect((await client.patch("/api/account", { name: "   " })).status).to.equal(422);
      const fits = await client.patch("/api/account", { name: ` ${"b".repeat(max - 2)} ` });
      expect(fits.status).to.equal(200);
      expect(fits.body.name).to.equal("b".repeat(max - 2));
      expect((await User.findById(fits.body.id).lean())!.name).to.equal("b".repeat(max - 2));
    });

    it("state the refinements in the schema: nothing to change, https video addresses, an access end only for observers, one organisation or a new one", async () => {
      expect((await client.patch("/api/account", {})).status).to.equal(422);
      expect((await client.patch("/api/account", { nickname: "x" })).status).to.equal(422);
      const meeting = doc.paths["/api/meetings"].post.requestBody.content["application/json"].schema;
      expect(new RegExp(meeting.properties.videoUrl.pattern).test("https://meet.example/abc")).to.equal(true);
      expect(new RegExp(meeting.properties.videoUrl.pattern).test("http://meet.example/abc")).to.equal(false);
      expect(new RegExp(meeting.properties.videoUrl.pattern).test("")).to.equal(true);
      const invitation = doc.paths["/api/invitations"].post.requestBody.content["application/json"].schema;
      expect(invitation.allOf).to.deep.equal([
        { anyOf: [{ properties: { role: { const: "observer" } } }, { not: { required: ["accessUntil"] } }] },
        { not: { required: ["organisationId", "organisation"] } },
      ]);
    });
  });

  describe("documented answers", () => {
    const success = (path: string, method: string) => doc.paths[path][method].responses;

    it("document the files the exports send, with their media types", () => {
      expect(Object.keys(success("/api/archive/export.pdf", "get")["200"].content)).to.deep.equal(["application/pdf"]);
      expect(Object.keys(success("/api/archive/export.csv", "get")["200"].content)).to.deep.equal(["text/csv"]);
      expect(Object.keys(success("/api/meetings/{id}/calendar.ics", "get")["200"].content)).to.deep.equal(["text/calendar"]);
      expect(Object.keys(success("/api/calendar/feeds/{file}", "get")["200"].content)).to.deep.equal(["text/calendar"]);
      expect(Object.keys(success("/api/documents/{id}/export", "get")["200"].content)).to.have.members([
        "text/markdown",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
      ]);
    });

    it("document 204 for answers without content, and the route gives it", async () => {
      for (const [path, method] of [["/api/invitations/{id}", "delete"], ["/api/calendar/feed", "delete"], ["/api/account/password", "post"], ["/api/documents/{id}/versions/{versionId}/restore", "post"]]) {
        expect(Object.keys(success(path!, method!)), `${method} ${path}`).to.include("204").and.not.include("200");
      }
      expect((await client.delete("/api/calendar/feed")).status).to.equal(204);
    });

    it("document the problems: 401/403/404 on protected routes, 422 with input, 409 on writes, 429 on public writes", () => {
      const patchDocument = success("/api/documents/{id}", "patch");
      for (const code of ["400", "401", "403", "404", "409", "413", "422"]) {
        expect(patchDocument[code].content["application/problem+json"].schema, code).to.deep.equal({ $ref: "#/components/schemas/Problem" });
      }
      expect(success("/api/auth/sign-in", "post")).to.have.property("429");
      expect(success("/api/openapi.json", "get")).to.not.have.property("401");
    });
  });
});
