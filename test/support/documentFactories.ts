import { buildUser, type BuiltUser } from "./factories";
import { TestClient } from "./testClient";
import type { TestServer } from "./testServer";

/** A signed-in test client for a new user of this role. */
export async function signedInAs(server: TestServer, role: BuiltUser["user"]["role"] = "member") {
  const built = await buildUser({ role: role as "member" });
  const http = new TestClient(server.url);
  await http.signIn(built.email, built.password, built.totpSecret);
  return { http, built };
}

/** Creates a document over HTTP as `http`'s user and returns its id. */
export async function createDocument(http: TestClient, body: Record<string, unknown> = {}): Promise<string> {
  const response = await http.post("/api/documents", { title: "Goede praktijk: gezamenlijke controle", language: "nl", ...body });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}
