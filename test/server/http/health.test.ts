import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { startEmbeddedDatabase } from "../../../server/db/embeddedDatabase";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("health and readiness", () => {
  describe("with a database", () => {
    let server: TestServer;
    before(async () => (server = await startTestServer()));
    after(() => server.stop());

    it("GET /healthz answers 200 while the process is alive", async () => {
      const response = await server.fetch("/healthz");
      expect(response.status).to.equal(200);
      expect(await response.json()).to.deep.equal({ status: "ok" });
      expect(response.headers.get("cache-control")).to.equal("no-store");
    });

    it("GET /readyz answers 200 when the database answers", async () => {
      const response = await server.fetch("/readyz");
      expect(response.status).to.equal(200);
      expect(await response.json()).to.include({ status: "ok", database: "ok" });
    });
  });

  describe("when the database stops", () => {
    it("GET /readyz answers 503 and /healthz still 200", async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-ready-"));
      const database = await startEmbeddedDatabase({ dataDir });
      const server = await startTestServer({ databaseUri: database.uri });
      try {
        expect((await server.fetch("/readyz")).status).to.equal(200);
        await database.stop();
        const response = await server.fetch("/readyz");
        expect(response.status).to.equal(503);
        expect(await response.json()).to.include({ status: "unavailable", database: "unreachable" });
        expect((await server.fetch("/healthz")).status).to.equal(200);
      } finally {
        await server.stop();
        await database.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});
