import { expect } from "chai";
import { readPdf } from "../../support/pdfText";
import { AuditEntry } from "../../../server/models/AuditEntry";
import { EvaluationResponse } from "../../../server/models/EvaluationResponse";
import { TrainingEvaluation } from "../../../server/models/TrainingEvaluation";
import { downloadRaw } from "../../support/attachmentFiles";
import { signedInAs } from "../../support/documentFactories";
import { TestClient } from "../../support/testClient";
import { startTestServer, type TestServer } from "../../support/testServer";
import { createTraining } from "../../support/trainingFactories";

const questions = [
  { kind: "scale", prompt: "How useful was the day for your work?" },
  { kind: "text", prompt: "What would you change?" },
];

describe("routes: /api/trainings/:id/evaluation", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  /** A training with an open form and `participants` signed-in, confirmed participants from the given countries. */
  async function openEvaluation(countries: Array<"BE" | "NL" | "LU">) {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const id = await createTraining(organiser, { capacity: 50 });
    const configured = await organiser.request("PUT", `/api/trainings/${id}/evaluation`, { questions, status: "open" });
    expect(configured.status).to.equal(200);
    const [scale, text] = configured.body.questions as Array<{ id: string }>;
    const participants: TestClient[] = [];
    for (const country of countries) {
      const { http } = await signedInAs(server);
      expect((await http.post(`/api/trainings/${id}/registrations`, { country, language: "nl", discipline: "shelter_ngo" })).status).to.equal(201);
      participants.push(http);
    }
    return { organiser, id, participants, scaleId: scale!.id, textId: text!.id };
  }

  it("requires authentication", async () => {
    const { http: organiser } = await signedInAs(server, "secretariat");
    const id = await createTraining(organiser);
    const anonymous = new TestClient(server.url);
    await anonymous.session();
    expect((await anonymous.get(`/api/trainings/${id}/evaluation`)).status).to.equal(401);
    expect((await anonymous.post(`/api/trainings/${id}/evaluation/responses`, { answers: [] })).status).to.equal(401);
  });

  it("rejects a user without permission: members do not configure or see results, non-participants and observers do not answer", async () => {
    const { organiser, id, scaleId } = await openEvaluation(["BE"]);
    const { http: member } = await signedInAs(server);
    const { http: observer } = await signedInAs(server, "observer");
    expect((await member.request("PUT", `/api/trainings/${id}/evaluation`, { questions, status: "open" })).status).to.equal(403);
    expect((await member.get(`/api/trainings/${id}/evaluation/results`)).status).to.equal(403);
    expect((await member.get(`/api/trainings/${id}/evaluation/results?format=pdf`)).status).to.equal(403);
    for (const outsider of [member, observer, organiser]) {
      expect((await outsider.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: 4 }] })).status).to.equal(403);
    }
    expect((await member.get(`/api/trainings/${id}/evaluation`)).body).to.include({ mayAnswer: false, answered: false, responses: null });
    expect(await EvaluationResponse.countDocuments({ trainingId: id })).to.equal(0);
  });

  it("rejects bad input with 422 and stores nothing", async () => {
    const { organiser, id, participants, scaleId, textId } = await openEvaluation(["BE"]);
    for (const body of [
      {},
      { questions: [], status: "open" },
      { questions: [{ kind: "stars", prompt: "x" }], status: "open" },
      { questions: [{ kind: "scale", prompt: "" }], status: "open" },
      { questions: [{ kind: "scale", prompt: "x".repeat(301) }], status: "open" },
      { questions: [{ kind: "scale", prompt: { $gt: "" } }], status: "open" },
      { questions, status: "published" },
      { questions, status: "open", extra: true },
    ]) {
      expect((await organiser.request("PUT", `/api/trainings/${id}/evaluation`, body)).status, JSON.stringify(body).slice(0, 80)).to.equal(422);
    }
    expect((await TrainingEvaluation.findById(id).lean())!.questions).to.have.length(2);
    const [participant] = participants;
    for (const answers of [
      [],
      [{ questionId: scaleId, scale: 6 }],
      [{ questionId: scaleId, scale: 2.5 }],
      [{ questionId: scaleId, scale: "5" }],
      [{ questionId: scaleId, text: "great" }],
      [{ questionId: textId, scale: 3 }],
      [{ questionId: "nope", scale: 3 }],
      [{ questionId: { $ne: "" }, scale: 3 }],
      [{ questionId: textId, text: "x".repeat(2001) }],
      [{ questionId: scaleId, scale: 3 }, { questionId: scaleId, scale: 4 }],
    ]) {
      expect((await participant!.post(`/api/trainings/${id}/evaluation/responses`, { answers })).status, JSON.stringify(answers).slice(0, 80)).to.equal(422);
    }
    expect(await EvaluationResponse.countDocuments({ trainingId: id })).to.equal(0);
    expect((await participant!.get(`/api/trainings/${id}/evaluation`)).body).to.include({ mayAnswer: true, answered: false });
  });

  it("takes one anonymous answer per participant, even two at once, and stores nobody's identity with it", async () => {
    const { id, participants, scaleId, textId } = await openEvaluation(["BE", "NL"]);
    const [first, second] = participants;
    const racing = await Promise.all([1, 2].map(() => first!.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: 5 }] })));
    expect(racing.map((r) => r.status).sort()).to.deep.equal([204, 409]);
    expect(racing.find((r) => r.status === 409)!.body.code).to.equal("already_answered");
    expect((await second!.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: 3 }, { questionId: textId, text: "More time for the cases" }] })).status).to.equal(204);
    expect((await first!.get(`/api/trainings/${id}/evaluation`)).body).to.include({ mayAnswer: false, answered: true });
    const stored = await EvaluationResponse.find({ trainingId: id }).lean();
    expect(stored).to.have.length(2);
    for (const response of stored) {
      expect(Object.keys(response).sort()).to.deep.equal(["_id", "answers", "country", "discipline", "trainingId"]);
      expect(response._id).to.match(/^[0-9a-f-]{36}$/);
    }
    const audited = await AuditEntry.find({ targetId: id, action: "training.evaluationAnswered" }).lean();
    expect(audited).to.have.length(2);
    expect(JSON.stringify(audited)).not.to.contain(String(stored[0]!._id)).and.not.to.contain("More time");
  });

  it("keeps the questions once answered, closes the form, and answers nobody after closing", async () => {
    const { organiser, id, participants, scaleId } = await openEvaluation(["BE", "BE"]);
    expect((await participants[0]!.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: 4 }] })).status).to.equal(204);
    const current = (await organiser.get(`/api/trainings/${id}/evaluation`)).body;
    expect(current.responses).to.equal(1);
    const changed = await organiser.request("PUT", `/api/trainings/${id}/evaluation`, { questions: [{ kind: "scale", prompt: "Another question" }], status: "open" });
    expect(changed.status).to.equal(409);
    expect(changed.body.code).to.equal("evaluation_answered");
    expect((await organiser.request("PUT", `/api/trainings/${id}/evaluation`, { questions: current.questions, status: "closed" })).status).to.equal(200);
    expect((await participants[1]!.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: 2 }] })).status).to.equal(403);
  });

  it("aggregates per country and discipline, hides small groups (and the one that would give them away), cleans the free text", async () => {
    const { organiser, id, participants, scaleId, textId } = await openEvaluation(["BE", "BE", "BE", "BE", "BE", "NL"]);
    const texts = ["Mail me at jan.peeters@example.be about the cases", "Good interpretation", "More time for the cases", "Too short", "Very useful", "Bring the police too"];
    for (const [i, participant] of participants.entries()) {
      const answer = await participant.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: i === 5 ? 1 : 5 }, { questionId: textId, text: texts[i] }] });
      expect(answer.status).to.equal(204);
    }
    const results = (await organiser.get(`/api/trainings/${id}/evaluation/results`)).body;
    expect(results).to.include({ responses: 6, minGroupSize: 5, tooFew: false });
    const [scale, text] = results.questions;
    expect(scale.overall).to.deep.equal({ count: 6, mean: 4.33, distribution: [1, 0, 0, 0, 5] });
    // NL (1 answer) is hidden; BE alone would then give NL away (everyone minus BE), so it is hidden too.
    expect(scale.byCountry).to.deep.equal([
      { group: "BE", hidden: true, count: null, mean: null },
      { group: "NL", hidden: true, count: null, mean: null },
    ]);
    expect(scale.byDiscipline).to.deep.equal([{ group: "shelter_ngo", hidden: false, count: 6, mean: 4.33 }]);
    expect(text.texts).to.have.length(6);
    expect(text.texts.join(" ")).not.to.contain("jan.peeters");
    expect(text.texts).to.include("Mail me at […] about the cases");
    expect(text.redacted).to.equal(1);
    const pdf = await downloadRaw(organiser, `/api/trainings/${id}/evaluation/results?format=pdf&language=fr`);
    expect(pdf.headers.get("content-type")).to.equal("application/pdf");
    expect(pdf.headers.get("content-disposition")).to.contain("attachment");
    const page = readPdf(pdf.body).pages.flat().join("");
    expect(page).to.contain("Évaluation").and.contain("Par pays").and.contain("Good interpretation").and.not.contain("jan.peeters");
    expect(await AuditEntry.countDocuments({ targetId: id, action: "training.evaluationResultsViewed" })).to.equal(2);
  });

  it("shows only the count while fewer than five have answered", async () => {
    const { organiser, id, participants, scaleId } = await openEvaluation(["LU", "LU"]);
    for (const participant of participants) await participant.post(`/api/trainings/${id}/evaluation/responses`, { answers: [{ questionId: scaleId, scale: 2 }] });
    const results = (await organiser.get(`/api/trainings/${id}/evaluation/results`)).body;
    expect(results).to.include({ responses: 2, tooFew: true });
    expect(results.questions[0]).to.include({ overall: null });
    expect(results.questions[0].byCountry).to.deep.equal([]);
  });
});
