import { expect } from "chai";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { clientDistDir } from "../../server/http/clientAssets";
import { startTestServer, type TestServer } from "../support/testServer";

// `npm test` builds the client (vite build) before the suite runs; this checks that build.
describe("client build (vite.config.ts)", () => {
  const assetsDir = path.join(clientDistDir, "assets");
  let server: TestServer;
  let files: string[];

  before(async () => {
    expect(existsSync(assetsDir), "run `npm run build` first").to.equal(true);
    files = readdirSync(assetsDir);
    server = await startTestServer();
  });
  after(() => server?.stop());

  it("ships no source maps", () => {
    expect(files.filter((name) => name.endsWith(".js"))).to.not.be.empty;
    expect(files.filter((name) => name.endsWith(".map"))).to.deep.equal([]);
  });

  it("refers to no source map from any script or style sheet", () => {
    for (const name of files.filter((file) => /\.(m?js|css)$/.test(file))) {
      expect(readFileSync(path.join(assetsDir, name), "utf8"), name).not.to.match(/sourceMappingURL/);
    }
  });

  it("serves no source map for a built script", async () => {
    const script = files.find((name) => name.endsWith(".js"))!;
    const response = await server.fetch(`/assets/${script}.map`);
    expect(response.status).to.equal(404);
  });
});
