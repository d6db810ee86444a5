import { findPersonalData } from "../../shared/personalData";
import type { EvaluationGroupResult, EvaluationQuestion, EvaluationQuestionResult, PresentedEvaluationResults } from "../../shared/trainingEvaluation";

export interface ResponseRow {
  country: string;
  discipline: string;
  answers: ReadonlyArray<{ questionId: string; scale?: number | null; text?: string | null }>;
}

const mean = (values: readonly number[]) => Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;

/**
 * One dimension's groups, with small-group suppression: a group with fewer than `min` answers is
 * hidden, and — since everyone's figure minus the shown groups gives the hidden remainder — more
 * groups are hidden, smallest first, until the hidden ones together hold at least `min` answers
 * (or all are hidden).
 */
export function groupResults(values: ReadonlyArray<{ group: string; value: number | null }>, min: number): EvaluationGroupResult[] {
  const byGroup = new Map<string, Array<number | null>>();
  for (const v of values) byGroup.set(v.group, [...(byGroup.get(v.group) ?? []), v.value]);
  const groups = [...byGroup.entries()].map(([group, list]) => ({ group, list, hidden: list.length < min }));
  const hiddenTotal = () => groups.filter((g) => g.hidden).reduce((s, g) => s + g.list.length, 0);
  const shownBySize = () => groups.filter((g) => !g.hidden).sort((a, b) => a.list.length - b.list.length);
  while (hiddenTotal() > 0 && hiddenTotal() < min && shownBySize().length > 0) shownBySize()[0]!.hidden = true;
  return groups
    .sort((a, b) => a.group.localeCompare(b.group))
    .map(({ group, list, hidden }) => {
      const numbers = list.filter((v): v is number => v !== null);
      return { group, hidden, count: hidden ? null : list.length, mean: hidden || numbers.length === 0 ? null : mean(numbers) };
    });
}

/** Free text with whatever the personal-data guard finds replaced by "[…]". */
export function redactPersonalData(text: string): { text: string; redacted: boolean } {
  const findings = findPersonalData(text);
  if (findings.length === 0) return { text, redacted: false };
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) out = `${out.slice(0, f.start)}[…]${out.slice(f.end)}`;
  return { text: out, redacted: true };
}

/** Aggregates the answers of a training; nothing but the count when fewer than `min` answered at all. */
export function evaluationResults(trainingId: string, questions: readonly EvaluationQuestion[], responses: readonly ResponseRow[], min: number): PresentedEvaluationResults {
  const tooFew = responses.length < min;
  const results = questions.map((question): EvaluationQuestionResult => {
    const answered = responses.flatMap((r) => {
      const answer = r.answers.find((a) => a.questionId === question.id);
      const given = question.kind === "scale" ? answer?.scale != null : (answer?.text ?? "").trim() !== "";
      return given ? [{ response: r, scale: answer!.scale ?? null, text: answer!.text ?? "" }] : [];
    });
    const empty = { questionId: question.id, kind: question.kind, prompt: question.prompt, overall: null, byCountry: [], byDiscipline: [], texts: [], redacted: 0 };
    if (tooFew || answered.length < min) return empty;
    if (question.kind === "text") {
      // By itself, never per group, and not in the order it came in.
      const cleaned = answered.map((a) => redactPersonalData(a.text.trim()));
      return { ...empty, texts: cleaned.map((c) => c.text).sort((a, b) => a.localeCompare(b)), redacted: cleaned.filter((c) => c.redacted).length };
    }
    const scales = answered.map((a) => a.scale!);
    const distribution = [1, 2, 3, 4, 5].map((n) => scales.filter((s) => s === n).length) as [number, number, number, number, number];
    return {
      ...empty,
      overall: { count: scales.length, mean: mean(scales), distribution },
      byCountry: groupResults(answered.map((a) => ({ group: a.response.country, value: a.scale })), min),
      byDiscipline: groupResults(answered.map((a) => ({ group: a.response.discipline, value: a.scale })), min),
    };
  });
  return { trainingId, responses: responses.length, minGroupSize: min, tooFew, questions: results };
}
