import type { Language } from "../../shared/languages";

/** The titles and origin line of the documents made for a training's groups, in the document's language. */
const LABELS: Record<Language, { caseTitle: string; draftTitle: string; origin: string }> = {
  en: { caseTitle: "Case, group {n}: {training}", draftTitle: "Good practice from group {n}: {training}", origin: "Drawn from the case of group {n} at the training “{training}” ({date}). Rework it into a good practice: context, countries, actors, procedure, results." },
  nl: { caseTitle: "Casus, groep {n}: {training}", draftTitle: "Goede praktijk uit groep {n}: {training}", origin: "Gebaseerd op de casus van groep {n} op de opleiding ‘{training}’ ({date}). Werk dit uit tot een goede praktijk: context, landen, actoren, werkwijze, resultaten." },
  fr: { caseTitle: "Cas, groupe {n}\u00a0: {training}", draftTitle: "Bonne pratique du groupe {n}\u00a0: {training}", origin: "Tiré du cas du groupe {n} à la formation «\u00a0{training}\u00a0» ({date}). À retravailler en bonne pratique\u00a0: contexte, pays, acteurs, procédure, résultats." },
};

export function groupDocumentLabel(language: Language, key: keyof (typeof LABELS)["en"], values: { n: number; training: string; date?: string }): string {
  return LABELS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String((values as Record<string, unknown>)[name] ?? whole));
}
