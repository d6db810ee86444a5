import { expect } from "chai";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { escapeVcardText, foldVcardLine } from "../../../../server/directory/vcard";
import { splitName } from "../../../../server/directory/directoryVcards";
import { AuditEntry } from "../../../../server/models/AuditEntry";
import { Organisation, type OrganisationDocument } from "../../../../server/models/Organisation";
import { User } from "../../../../server/models/User";
import { anonymousClient, buildContactPoint, buildOrganisation, signedIn } from "../../../support/directoryFactories";
import { pdfPages } from "../../../support/pdfText";
import { expectProblem } from "../../../support/problems";
import type { TestClient } from "../../../support/testClient";
import { startTestServer, type TestServer } from "../../../support/testServer";

/** The raw answer of an export (the test client reads JSON only). */
async function download(client: TestClient, path: string): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
  const response = await fetch(client.baseUrl + path, { headers: { Cookie: client.cookieHeader() } });
  return { status: response.status, type: response.headers.get("content-type") ?? "", disposition: response.headers.get("content-disposition") ?? "", body: Buffer.from(await response.arrayBuffer()) };
}

const cards = (text: string) => {
  const parsed = ICAL.parse(text);
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as never));
};

describe("directory exports (CSV, vCard, PDF)", () => {
  let server: TestServer;
  let member: TestClient;
  let organisation: OrganisationDocument;

  before(async () => {
    server = await startTestServer({ verification: { enabled: false } });
    organisation = await buildOrganisation({ name: "Police Grand-Ducale (export)", discipline: "police", country: "LU" });
    organisation.set({ address: { street: "Rue de l'Exemple 60", postalCode: "L-2957", city: "Luxembourg" }, website: "https://www.police.lu.example", channels: { switchboard: "+44 20 7946 0116", secureMailbox: "secure@police.lu.example", hours: "24/7", available24x7: true } });
    await organisation.save();
    await buildContactPoint(organisation, { function: "Section traite; SPJ, \"Luxembourg\"", phone: "+44 20 7946 0222", email: "traite@police.lu.example", tags: ["labour_exploitation"] });
    await buildContactPoint(organisation, { kind: "person", name: "Luc van der Lëtzebuerg", function: "Enquêteur", mobile: "+44 7700 900007", verifiedAt: new Date(Date.now() - 240 * 86_400_000) });
    await buildContactPoint(await buildOrganisation({ country: "BE" }), { function: "=HYPERLINK(\"http://evil.example\")", phone: "+44 20 7946 0999" });
    ({ client: member } = await signedIn(server.url, "member"));
  });
  after(() => server.stop());

  it("requires authentication and refuses observers, even granted ones (403); nothing is audited", async () => {
    const anonymous = await anonymousClient(server.url);
    for (const path of ["/api/directory/export.csv", "/api/directory/export.pdf", "/api/directory/export.vcf"]) {
      expect((await download(anonymous, path)).status).to.equal(401);
    }
    const before = await AuditEntry.countDocuments({ action: "directory.exported" });
    const { client: granted } = await signedIn(server.url, "observer", { directoryPeopleUntil: new Date(Date.now() + 86_400_000) });
    for (const path of ["/api/directory/export.csv", "/api/directory/export.pdf", "/api/directory/export.vcf"]) {
      expect((await download(granted, path)).status).to.equal(403);
    }
    expect(await AuditEntry.countDocuments({ action: "directory.exported" })).to.equal(before);
  });

  it("refuses bad filters (422)", async () => {
    expectProblem(await member.get("/api/directory/export.csv?mobiles=maybe"), 422, "validation_failed");
    expectProblem(await member.get("/api/directory/export.pdf?country=FR"), 422, "validation_failed");
    expectProblem(await member.get(`/api/directory/export.vcf?q=${"x".repeat(200)}`), 422, "validation_failed");
  });

  it("writes CSV (the shared spreadsheet writer: ';', every field quoted, formulas escaped, BOM), mobiles for members; audited", async () => {
    const file = await download(member, "/api/directory/export.csv");
    expect(file.status).to.equal(200);
    expect(file.type).to.match(/^text\/csv; charset=utf-8/);
    expect(file.disposition).to.include("greychair-contact-points.csv");
    const text = file.body.toString("utf8");
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(text, { bom: true, columns: true, delimiter: ";" }) as Array<Record<string, string>>;
    const person = rows.find((r) => r.kind === "Person")!;
    expect(person, "codes in the reader's words, column names as codes").to.include({ name: "Luc van der Lëtzebuerg", mobile: "'+44 7700 900007", country: "Luxembourg", organisation: "Police Grand-Ducale (export)", discipline: "Police", status: "stale" });
    const unit = rows.find((r) => r.function!.startsWith("Section"))!;
    expect(unit).to.include({ kind: "Function", tags: "Labour exploitation", organisation_24x7: "yes" });
    expect(rows.find((r) => r.function!.startsWith("Section"))!.function).to.equal('Section traite; SPJ, "Luxembourg"');
    expect(rows.find((r) => r.function!.includes("HYPERLINK"))!.function).to.equal("'=HYPERLINK(\"http://evil.example\")");
    for (const line of text.replace(/^\ufeff/, "").trim().split("\r\n")) expect(line.startsWith('"')).to.equal(true);
    const audited = await AuditEntry.findOne({ action: "directory.exported", actorId: (await member.session()).account!.id }).sort({ seq: -1 }).lean();
    expect(JSON.parse(audited!.details!)).to.deep.include({ format: "csv", entries: 3, total: 3, mobiles: "included" });
  });

  it("writes the CSV's codes in the reader's language (here Dutch)", async () => {
    const { client: dutch, built } = await signedIn(server.url, "member");
    await User.updateOne({ _id: built.user._id }, { $set: { language: "nl" } });
    const rows = parseCsv((await download(dutch, "/api/directory/export.csv?country=LU")).body.toString("utf8"), { bom: true, columns: true, delimiter: ";" }) as Array<Record<string, string>>;
    const person = rows.find((r) => r.name === "Luc van der Lëtzebuerg")!;
    expect(person).to.include({ kind: "Persoon", country: "Luxemburg", discipline: "Politie", status: "verouderd" });
    expect(rows.find((r) => r.function!.startsWith("Section"))!.organisation_24x7).to.equal("ja");
  });

  it("leaves mobiles out on request, and filters the export like the search", async () => {
    const rows = parseCsv((await download(member, "/api/directory/export.csv?mobiles=exclude&country=LU")).body.toString("utf8"), { bom: true, columns: true, delimiter: ";" }) as Array<Record<string, string>>;
    expect(rows).to.have.length(2);
    expect(rows.every((r) => r.mobile === "")).to.equal(true);
  });

  it("writes vCard 3.0 cards that parse back, escaped and folded, one or all; audited", async () => {
    const all = await download(member, "/api/directory/export.vcf?country=LU");
    expect(all.type).to.match(/^text\/vcard; charset=utf-8/);
    const text = all.body.toString("utf8");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).to.be.at.most(75);
    const parsed = cards(text);
    expect(parsed).to.have.length(2);
    expect(parsed.every((c) => c.getFirstPropertyValue("version") === "3.0")).to.equal(true);
    const person = parsed.find((c) => String(c.getFirstPropertyValue("fn")).startsWith("Luc"))!;
    expect(person.getFirstProperty("n")!.getValues()[0]).to.deep.equal(["van der Lëtzebuerg", "Luc", "", "", ""]);
    expect(person.getAllProperties("tel").map((p) => [p.getFirstValue(), String(p.getParameter("type"))])).to.deep.include.members([["+44 7700 900007", "CELL"], ["+44 20 7946 0001", "WORK,VOICE"]]);
    expect(String(person.getFirstPropertyValue("note"))).to.include("INTERNAL");
    const unit = parsed.find((c) => c.getFirstProperty("org")!.getValues()[0]!.length === 2)!;
    expect(unit.getFirstProperty("org")!.getValues()[0]).to.deep.equal(["Police Grand-Ducale (export)", 'Section traite; SPJ, "Luxembourg"']);
    expect(String(unit.getFirstPropertyValue("email"))).to.equal("traite@police.lu.example");
    expect(unit.getFirstProperty("adr")!.getValues()[0]).to.deep.equal(["", "", "Rue de l'Exemple 60", "Luxembourg", "", "L-2957", "Luxembourg"]);

    const one = await member.get("/api/contact-points?kind=person&country=LU");
    const single = await download(member, `/api/contact-points/${one.body.items[0].id}/vcard?mobiles=exclude`);
    const singleCards = cards(single.body.toString("utf8"));
    expect(singleCards).to.have.length(1);
    expect(singleCards[0]!.getAllProperties("tel").map((p) => String(p.getParameter("type")))).not.to.include("CELL");
    const audited = await AuditEntry.findOne({ action: "directory.exported" }).sort({ seq: -1 }).lean();
    expect(JSON.parse(audited!.details!)).to.deep.include({ format: "vcf", contactPointId: one.body.items[0].id, mobiles: "left_out" });
  });

  it("answers 404 to an observer asking for a named person's vCard", async () => {
    const { client: observer } = await signedIn(server.url, "observer");
    const person = (await member.get("/api/contact-points?kind=person&country=LU")).body.items[0].id;
    expect((await download(observer, `/api/contact-points/${person}/vcard`)).status).to.equal(404);
  });

  it("writes a PDF per country and organisation, marked internal on every page, with the last verification of each entry", async () => {
    const file = await download(member, "/api/directory/export.pdf");
    expect(file.status).to.equal(200);
    expect(file.type).to.equal("application/pdf");
    expect(file.body.subarray(0, 5).toString()).to.equal("%PDF-");
    const pages = pdfPages(file.body);
    const all = pages.flat().join("\n");
    expect(pages.length).to.be.at.least(1);
    for (const page of pages) expect(page.some((t) => t.startsWith("INTERNAL"))).to.equal(true);
    for (const expected of ["Luxembourg", "Police Grand-Ducale (export)", "Luc van der Lëtzebuerg", "+44 7700 900007", "Last verified:", "(stale)", "Switchboard:", "+44 20 7946 0116"]) {
      expect(all, expected).to.include(expected);
    }
    const audited = await AuditEntry.findOne({ action: "directory.exported" }).sort({ seq: -1 }).lean();
    expect(JSON.parse(audited!.details!)).to.deep.include({ format: "pdf" });
    const withoutMobiles = pdfPages((await download(member, "/api/directory/export.pdf?mobiles=exclude")).body).flat().join("\n");
    expect(withoutMobiles).not.to.include("900007");
  });

  it("writes the PDF in the reader's language", async () => {
    const { client: dutch, built } = await signedIn(server.url, "member");
    await dutch.patch("/api/account", { language: "nl" });
    const text = pdfPages((await download(dutch, "/api/directory/export.pdf?country=LU")).body).flat().join("\n");
    expect(text).to.include("Laatst geverifieerd");
    expect(text).to.include("INTERN");
    expect(text).to.include("Luxemburg");
    expect(built.user.id).to.be.a("string");
    expect(await Organisation.countDocuments()).to.be.greaterThan(0);
  });
});

describe("vCard writing", () => {
  it("escapes backslash, semicolon, comma and newlines (RFC 2426)", () => {
    expect(escapeVcardText("a\\b;c,d\ne\r\nf\u0007")).to.equal("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const folded = foldVcardLine("NOTE:" + "é".repeat(80));
    const lines = folded.split("\r\n");
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).to.be.at.most(75);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).to.equal(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).to.equal("NOTE:" + "é".repeat(80));
  });

  it("keeps name particles with the family name", () => {
    expect(splitName("Eva van den Berg")).to.deep.equal({ family: "van den Berg", given: "Eva" });
    expect(splitName("Marie-Claire Dupont")).to.deep.equal({ family: "Dupont", given: "Marie-Claire" });
    expect(splitName("Madonna")).to.deep.equal({ family: "Madonna", given: "" });
  });
});
