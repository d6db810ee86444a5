import { expect } from "chai";
import type { ApiRouter } from "../../../server/http/apiRouter";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("OpenAPI document", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("lists every route the API router serves, with its method", async () => {
    const doc = await (await server.fetch("/api/openapi.json")).json();
    const api = server.app.locals.api as ApiRouter;
    const served = (api.operations.stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>)
      .filter((layer) => layer.route)
      .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => [method, "/api" + layer.route!.path.replace(/:(\w+)/g, "{$1}")] as const));
    expect(served.length).to.be.greaterThan(30);
    for (const [method, path] of served) {
      expect(doc.paths[path], path).to.be.an("object");
      expect(doc.paths[path][method], `${method} ${path}`).to.be.an("object");
    }
  });

  it("describes request bodies and parameters from the validation schemas", async () => {
    const doc = await (await server.fetch("/api/openapi.json")).json();
    const signIn = doc.paths["/api/auth/sign-in"].post;
    expect(signIn.requestBody.content["application/json"].schema.required).to.include.members(["email", "password"]);
    const patchUser = doc.paths["/api/users/{id}"].patch;
    expect(patchUser.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).to.include("path:id");
    expect(doc.paths["/api/audit"].get.parameters.map((p: { name: string }) => p.name)).to.include.members(["action", "from", "to", "limit"]);
    expect(doc.paths["/api/documents/{id}/export"].get.parameters.map((p: { name: string }) => p.name)).to.include("format");
  });
});
