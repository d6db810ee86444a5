import { expect } from "chai";
import { buildUser, type BuiltUser } from "../../support/factories";
import { createDocument } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { mentionParagraph, YClient } from "../../support/yClient";

describe("mentions in the text: the personal-data guard, publication and exports", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  before(async () => (server = await startTestServer()));
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  after(() => server.stop());

  const signIn = async (built: BuiltUser) => {
    const http = new TestClient(server.url);
    await http.signIn(built.email, built.password, built.totpSecret);
    return http;
  };
  const exported = async (http: TestClient, id: string, format: "md" | "html") => {
    const response = await server.fetch(`/api/documents/${id}/export?format=${format}`, { headers: { Cookie: http.cookieHeader() } });
    expect(response.status).to.equal(200);
    return response.text();
  };
  const names = async (http: TestClient, id: string) => ((await http.get(`/api/documents/${id}/findings`)).body as Array<{ kind: string }>).map((f) => f.kind);

  it("does not take a colleague's own mention for a person's name, but checks a mention whose label is not its account's name", async () => {
    const anna = await buildUser({ name: "Anna Janssens" });
    const bram = await buildUser({ name: "Bram Peeters" });
    const http = await signIn(anna);
    const id = await createDocument(http, { classification: "public" });
    const a = await YClient.open(http, server.url, id);
    clients.push(a);
    a.type("Het slachtoffer Ana Petrova werd doorverwezen.");
    await a.settled();
    expect(await names(http, id)).to.deep.equal(["person_name"]); // the detector sees names here

    const other = await createDocument(http, { classification: "public" });
    const b = await YClient.open(http, server.url, other);
    clients.push(b);
    mentionParagraph(b, "Te bespreken met ", [{ id: bram.user.id, label: "Bram Peeters" }]);
    await b.settled();
    expect(await names(http, other)).to.deep.equal([]);
    // A mention node carrying a victim's name under a colleague's id is read as text, and found.
    mentionParagraph(b, "Het slachtoffer ", [{ id: bram.user.id, label: "Ana Petrova" }]);
    await b.settled();
    expect(await names(http, other)).to.deep.equal(["person_name"]);
  });

  it("keeps mentions in the published snapshot and renders them as @Name in exports, for editors and observers", async () => {
    const anna = await buildUser({ name: "Anna Janssens" });
    const bram = await buildUser({ name: "Bram Peeters" });
    const observer = await buildUser({ role: "observer" });
    const http = await signIn(anna);
    const id = await createDocument(http, { classification: "public" });
    const a = await YClient.open(http, server.url, id);
    clients.push(a);
    mentionParagraph(a, "Contact: ", [{ id: bram.user.id, label: "Bram Peeters" }]);
    await a.settled();
    expect((await http.post(`/api/documents/${id}/publish`, {})).status).to.be.oneOf([200, 201]);
    expect(await exported(http, id, "md")).to.include("Contact: @Bram Peeters");
    expect(await exported(http, id, "html")).to.include("@Bram Peeters");
    // Observers read the published snapshot: the mention is in it.
    expect(await exported(await signIn(observer), id, "md")).to.include("Contact: @Bram Peeters");
  });
});
