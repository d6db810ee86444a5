import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { clientDistDir } from "../../../server/http/clientAssets";
import { LIMITS } from "../../../shared/validations";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("HTTP app", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  describe("problem+json errors", () => {
    it("answers unknown /api routes with an RFC 9457 404", async () => {
      const response = await server.fetch("/api/does-not-exist", { headers: { Accept: "text/html" } });
      expect(response.status).to.equal(404);
      expect(response.headers.get("content-type")).to.match(/^application\/problem\+json/);
      const problem = await response.json();
      expect(problem).to.include({ status: 404, code: "not_found", instance: "/api/does-not-exist" });
      expect(problem.type).to.be.a("string");
      expect(problem.title).to.be.a("string");
      expect(problem.requestId).to.equal(response.headers.get("x-request-id"));
    });

    it("answers malformed JSON with 400", async () => {
      const response = await server.fetch("/api/openapi.json", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{not json",
      });
      expect(response.status).to.equal(400);
      expect((await response.json()).code).to.equal("bad_request");
    });

    it("answers an oversize body with 413", async () => {
      const response = await server.fetch("/api/openapi.json", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ x: "a".repeat(LIMITS.jsonBodyBytes + 10) }),
      });
      expect(response.status).to.equal(413);
      expect(response.headers.get("content-type")).to.match(/^application\/problem\+json/);
    });

    it("keeps a well-formed request id from a proxy and replaces a malformed one", async () => {
      const kept = await server.fetch("/healthz", { headers: { "X-Request-Id": "proxy-id-12345" } });
      expect(kept.headers.get("x-request-id")).to.equal("proxy-id-12345");
      const replaced = await server.fetch("/healthz", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
      expect(replaced.headers.get("x-request-id")).to.match(/^[0-9a-f-]{36}$/);
    });
  });

  describe("OpenAPI", () => {
    it("serves an OpenAPI 3.1 document listing the API routes", async () => {
      const response = await server.fetch("/api/openapi.json");
      expect(response.status).to.equal(200);
      const doc = await response.json();
      expect(doc.openapi).to.equal("3.1.0");
      expect(doc.paths).to.have.property("/api/openapi.json");
      expect(doc.components.schemas).to.have.property("Problem");
    });
  });

  describe("security headers", () => {
    it("sends a strict Content-Security-Policy without inline script", async () => {
      const response = await server.fetch("/");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).to.include("default-src 'self'");
      expect(csp).to.include("script-src 'self'");
      expect(csp).to.include("frame-ancestors 'none'");
      expect(csp).not.to.include("unsafe-inline");
      expect(csp).not.to.include("unsafe-eval");
      expect(response.headers.get("x-content-type-options")).to.equal("nosniff");
      expect(response.headers.get("x-powered-by")).to.equal(null);
    });
  });

  describe("client assets", () => {
    it("serves index.html with no-cache", async () => {
      const response = await server.fetch("/", { headers: { Accept: "text/html" } });
      expect(response.status).to.equal(200);
      expect(response.headers.get("cache-control")).to.equal("no-cache");
      expect(await response.text()).to.include('<div id="root">');
    });

    it("falls back to index.html for client routes", async () => {
      const response = await server.fetch("/meetings/some/deep/link", { headers: { Accept: "text/html" } });
      expect(response.status).to.equal(200);
      expect(await response.text()).to.include('<div id="root">');
    });

    it("serves hashed assets as immutable for a year", async () => {
      const asset = readdirSync(path.join(clientDistDir, "assets")).find((name) => name.endsWith(".js"));
      expect(asset, "run `npm run build` first").to.be.a("string");
      const response = await server.fetch(`/assets/${asset}`);
      expect(response.status).to.equal(200);
      expect(response.headers.get("cache-control")).to.equal("public, max-age=31536000, immutable");
    });

    it("answers a missing asset with 404, not the page", async () => {
      const response = await server.fetch("/assets/missing-abc123.js");
      expect(response.status).to.equal(404);
    });
  });
});
