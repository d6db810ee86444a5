import type { JSONContent } from "@tiptap/core";
import { bulletList, doc, heading, paragraph, tableCell } from "../documents/contentBuilders";
import { readDocument } from "../documents/exporters/model";
import { renderPdf } from "../documents/exporters/lazyPdf";
import type { Language } from "../../shared/languages";
import type { EvaluationGroupResult, PresentedEvaluationResults } from "../../shared/trainingEvaluation";
import { countryName, disciplineName, fill, outcomeLabels, type OutcomeLabels } from "./outcomeLabels";
import type { TrainingRow } from "./trainingStore";

const row = (kind: "tableHeader" | "tableCell", values: string[]): JSONContent => ({ type: "tableRow", content: values.map((v) => tableCell(kind, v)) });

function groupTable(groups: readonly EvaluationGroupResult[], name: (group: string) => string, labels: OutcomeLabels): JSONContent {
  return {
    type: "table",
    content: [
      row("tableHeader", [labels.group, labels.answers, labels.average]),
      ...groups.map((g) => (g.hidden ? row("tableCell", [name(g.group), labels.hidden, "—"]) : row("tableCell", [name(g.group), String(g.count), g.mean === null ? "—" : g.mean.toFixed(2)]))),
    ],
  };
}

/** The evaluation report: per question everyone's figures, then by country and by discipline; free text cleaned. */
export function evaluationReportPdf(training: TrainingRow, results: PresentedEvaluationResults, language: Language): Promise<Buffer> {
  const labels = outcomeLabels(language);
  const min = results.minGroupSize;
  const body: JSONContent[] = [heading(2, training.title)];
  if (results.tooFew) body.push(paragraph(fill(labels.tooFew, { min })));
  else {
    for (const q of results.questions) {
      body.push(heading(3, q.prompt));
      if (q.kind === "scale") {
        if (!q.overall) {
          body.push(paragraph(labels.questionTooFew));
          continue;
        }
        body.push({ type: "table", content: [row("tableHeader", [labels.overall, labels.answers, labels.average, labels.distribution]), row("tableCell", ["", String(q.overall.count), q.overall.mean.toFixed(2), q.overall.distribution.join(" · ")])] });
        body.push(paragraph(labels.perCountry), groupTable(q.byCountry, (g) => countryName(g, language), labels));
        body.push(paragraph(labels.perDiscipline), groupTable(q.byDiscipline, (g) => disciplineName(g, language), labels));
      } else if (q.texts.length === 0) body.push(paragraph(labels.questionTooFew));
      else {
        body.push(bulletList(q.texts));
        if (q.redacted > 0) body.push(paragraph(fill(labels.redacted, { count: q.redacted })));
      }
    }
  }
  return renderPdf({
    title: `${labels.evaluation}: ${training.title}`,
    language,
    classification: "internal",
    metadata: [
      [labels.date, training.days.map((d) => d.date).join(", ")],
      [labels.responses, String(results.responses)],
      [labels.group, fill(labels.threshold, { min })],
    ],
    blocks: readDocument(doc(body)),
    createdAt: new Date(),
  });
}
