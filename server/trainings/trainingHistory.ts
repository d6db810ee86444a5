import { brusselsToday } from "../../shared/brusselsTime";
import { EVALUATION_LIMITS, NO_DISCIPLINE, type PresentedTrainingHistory, type TrainingYearFigures } from "../../shared/trainingEvaluation";
import { TRAINING_COUNTRIES } from "../../shared/trainings";
import type { RegistrationFields } from "../models/TrainingRegistration";
import { evaluationResults, type ResponseRow } from "./evaluationResults";
import type { EvaluationRow } from "./evaluationStore";
import type { TrainingRow } from "./trainingStore";

type Registration = Pick<RegistrationFields, "trainingId" | "country" | "discipline" | "status" | "attended" | "userId">;

/** Published trainings whose last day is before today (Brussels), the latest first. */
export function pastTrainings(trainings: readonly TrainingRow[], now = new Date()): TrainingRow[] {
  const today = brusselsToday(now);
  const lastDay = (t: TrainingRow) => t.days.map((d) => d.date).sort().at(-1) ?? "";
  return trainings.filter((t) => t.status === "published" && lastDay(t) !== "" && lastDay(t) < today).sort((a, b) => lastDay(b).localeCompare(lastDay(a)));
}

const countBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

/** One past training with counts per country and discipline and the evaluation summary (small groups hidden as in the results). */
export function trainingHistory(training: TrainingRow, registrations: readonly Registration[], evaluation: EvaluationRow, responses: readonly ResponseRow[]): PresentedTrainingHistory {
  const confirmed = registrations.filter((r) => r.status === "confirmed");
  const results = evaluationResults(String(training._id), evaluation.questions, responses, EVALUATION_LIMITS.minGroupSize);
  return {
    id: String(training._id),
    title: training.title,
    days: training.days.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime })),
    organiser: training.organiser,
    place: training.place ?? "",
    sessions: training.programme.length,
    participants: confirmed.length,
    attended: confirmed.filter((r) => r.attended).length,
    perCountry: TRAINING_COUNTRIES.map((country) => {
      const of = confirmed.filter((r) => r.country === country);
      return { country, participants: of.length, attended: of.filter((r) => r.attended).length };
    }),
    perDiscipline: [...countBy(confirmed, (r) => r.discipline ?? NO_DISCIPLINE)].map(([discipline, participants]) => ({ discipline, participants })).sort((a, b) => a.discipline.localeCompare(b.discipline)),
    evaluation: {
      responses: results.responses,
      scales: results.questions.filter((q) => q.kind === "scale").map((q) => ({ prompt: q.prompt, mean: q.overall?.mean ?? null })),
    },
  };
}

/** Figures per year (of the first day) and country, for the secretariat's annual report. */
export function yearFigures(trainings: readonly TrainingRow[], registrations: readonly Registration[]): TrainingYearFigures[] {
  const rows: TrainingYearFigures[] = [];
  const years = [...new Set(trainings.map((t) => (t.days[0]?.date ?? "").slice(0, 4)).filter(Boolean))].sort();
  for (const year of years) {
    const ofYear = new Set(trainings.filter((t) => t.days[0]?.date.startsWith(year)).map((t) => String(t._id)));
    const confirmed = registrations.filter((r) => ofYear.has(r.trainingId) && r.status === "confirmed");
    for (const country of TRAINING_COUNTRIES) {
      const of = confirmed.filter((r) => r.country === country);
      rows.push({
        year,
        country,
        trainings: new Set(of.map((r) => r.trainingId)).size,
        participants: of.length,
        attended: of.filter((r) => r.attended).length,
        withoutAccount: of.filter((r) => r.userId == null).length,
      });
    }
  }
  return rows;
}
