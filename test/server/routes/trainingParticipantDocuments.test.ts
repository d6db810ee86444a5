import { expect } from "chai";
import { unzipSync } from "fflate";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { readPdf } from "../../support/pdfText";
import { downloadRaw } from "../../support/attachmentFiles";
import { signedInAs } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { createTraining } from "../../support/trainingFactories";

describe("routes: training participant lists, badges and certificates in bulk", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  async function trainingWithParticipants() {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const { http: member } = await signedInAs(server);
    const id = await createTraining(organiser);
    const register = async (body: Record<string, unknown>) => (await member.post(`/api/trainings/${id}/registrations`, { forColleague: true, ...body })).body.id as string;
    const sophie = await register({ name: "Sophie Muller", organisation: "Femmes en détresse", country: "LU", language: "fr", discipline: "shelter_ngo" });
    const an = await register({ name: "An Peeters", organisation: "Payoke", country: "BE", language: "nl", discipline: "specialised_victim_centre", needs: "vegetarian" });
    const tom = await register({ name: "Tom Jansen", organisation: "Politie", country: "NL", language: "en", discipline: "police" });
    return { organiser, member, id, sophie, an, tom };
  }

  it("requires authentication", async () => {
    const { id } = await trainingWithParticipants();
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    for (const path of ["participant-lists", "badges", "certificates"]) expect((await anonymous.get(`/api/trainings/${id}/${path}`)).status).to.equal(401);
  });

  it("rejects a user without permission: members and observers get none of them", async () => {
    const { member, id } = await trainingWithParticipants();
    const { http: observer } = await signedInAs(server, "observer");
    for (const http of [member, observer]) {
      for (const path of ["participant-lists", "participant-lists?format=pdf", "badges", "certificates"]) expect((await http.get(`/api/trainings/${id}/${path}`)).status, path).to.equal(403);
    }
    expect(await AuditEntry.countDocuments({ targetId: id, action: { $in: ["training.participantsExported", "training.certificatesIssued"] } })).to.equal(0);
  });

  it("rejects bad input with 422", async () => {
    const { organiser, id } = await trainingWithParticipants();
    for (const query of ["format=xlsx", "country=DE", "discipline=astronaut", "language=de", "country=BE&country=NL"]) {
      const response = await downloadRaw(organiser, `/api/trainings/${id}/participant-lists?${query}`);
      expect(response.status, `${query}: ${response.body.toString("utf8").slice(0, 60)}`).to.equal(422);
    }
    expect((await organiser.get(`/api/trainings/not-an-id/badges`)).status).to.equal(422);
    expect((await organiser.get(`/api/trainings/${"0".repeat(24)}/badges`)).status).to.equal(404);
  });

  it("lists participants per country and discipline as CSV and PDF, and one country alone", async () => {
    const { organiser, id } = await trainingWithParticipants();
    const csv = (await downloadRaw(organiser, `/api/trainings/${id}/participant-lists`)).body.toString("utf8");
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).to.contain("country").and.contain("discipline");
    expect(lines.slice(1).map((l) => l.split(";")[0]), "countries in words, in the order of their codes").to.deep.equal(['"Belgium"', '"Luxembourg"', '"Netherlands"']);
    const dutch = (await downloadRaw(organiser, `/api/trainings/${id}/participant-lists?language=nl`)).body.toString("utf8");
    expect(dutch).to.contain('"België"').and.contain('"Luxemburg"').and.contain('"bevestigd"').and.contain('"nee"');
    expect(csv).to.contain("vegetarian");
    const lu = (await downloadRaw(organiser, `/api/trainings/${id}/participant-lists?country=LU`)).body.toString("utf8");
    expect(lu).to.contain("Sophie Muller").and.not.contain("An Peeters");
    const pdf = await downloadRaw(organiser, `/api/trainings/${id}/participant-lists?format=pdf&language=nl`);
    expect(pdf.headers.get("content-type")).to.equal("application/pdf");
    const text = readPdf(pdf.body).pages.flat().join("");
    expect(text).to.contain("Deelnemerslijst").and.contain("België").and.contain("Luxemburg").and.contain("Politie").and.contain("Tom Jansen");
    expect(await AuditEntry.countDocuments({ targetId: id, action: "training.participantsExported" })).to.equal(4);
  });

  it("prints badges of the confirmed participants", async () => {
    const { organiser, id } = await trainingWithParticipants();
    const pdf = await downloadRaw(organiser, `/api/trainings/${id}/badges?language=fr`);
    const text = readPdf(pdf.body).pages.flat().join("");
    expect(text).to.contain("Badges").and.contain("Sophie Muller").and.contain("Femmes en détresse").and.contain("Luxembourg");
  });

  it("issues every attended participant's certificate in their language, in one zip; none before attendance", async () => {
    const { organiser, id, sophie, an, tom } = await trainingWithParticipants();
    expect((await organiser.get(`/api/trainings/${id}/certificates`)).body.code).to.equal("none_attended");
    for (const registration of [sophie, an]) {
      expect((await organiser.request("PUT", `/api/trainings/${id}/registrations/${registration}/attendance`, { attended: true })).status).to.equal(204);
    }
    const list = (await organiser.get(`/api/trainings/${id}/registrations`)).body as Array<{ id: string; attended: boolean }>;
    expect(list.find((r) => r.id === tom)!.attended).to.equal(false);
    const zip = await downloadRaw(organiser, `/api/trainings/${id}/certificates`);
    expect(zip.headers.get("content-type")).to.equal("application/zip");
    const files = unzipSync(new Uint8Array(zip.body));
    expect(Object.keys(files)).to.deep.equal(["001-an-peeters (INTERNAL).pdf", "002-sophie-muller (INTERNAL).pdf"]);
    expect(readPdf(Buffer.from(files["001-an-peeters (INTERNAL).pdf"]!)).pages.flat().join("")).to.contain("Attest van deelname").and.contain("An Peeters");
    expect(readPdf(Buffer.from(files["002-sophie-muller (INTERNAL).pdf"]!)).pages.flat().join("")).to.contain("Attestation de participation");
    const issued = await AuditEntry.findOne({ targetId: id, action: "training.certificatesIssued" }).lean();
    expect(issued).to.not.equal(null);
  });
});
