import type { JSONContent } from "@tiptap/core";
import type { DocumentTemplate } from "../../shared/documents";
import type { Language } from "../../shared/languages";
import { caseExerciseContent } from "./caseExerciseTemplate";

const GOOD_PRACTICE: Record<Language, Array<[string, string]>> = {
  en: [
    ["Context", "What problem does this practice address, where and since when?"],
    ["Countries involved", "Which of Belgium, the Netherlands and Luxembourg (and others)?"],
    ["Actors", "Which services and organisations take part, and what does each do?"],
    ["Procedure", "Step by step: how does it work in practice?"],
    ["Results", "What has it achieved? Figures where available (never about identifiable victims)."],
    ["Lessons learned", "What would you do differently? What should others know before starting?"],
    ["Contact point", "Which service can colleagues contact (a service, not a victim)?"],
  ],
  nl: [
    ["Context", "Welk probleem pakt deze praktijk aan, waar en sinds wanneer?"],
    ["Betrokken landen", "Welke van België, Nederland en Luxemburg (en andere)?"],
    ["Actoren", "Welke diensten en organisaties doen mee, en wat doet elk?"],
    ["Werkwijze", "Stap voor stap: hoe werkt het in de praktijk?"],
    ["Resultaten", "Wat heeft het opgeleverd? Cijfers waar mogelijk (nooit over herkenbare slachtoffers)."],
    ["Geleerde lessen", "Wat zou u anders doen? Wat moeten anderen weten voor ze beginnen?"],
    ["Contactpunt", "Welke dienst kunnen collega's contacteren (een dienst, geen slachtoffer)?"],
  ],
  fr: [
    ["Contexte", "Quel problème cette pratique traite-t-elle, où et depuis quand ?"],
    ["Pays concernés", "Lesquels parmi la Belgique, les Pays-Bas et le Luxembourg (et d'autres) ?"],
    ["Acteurs", "Quels services et organisations participent, et que fait chacun ?"],
    ["Procédure", "Étape par étape : comment cela fonctionne-t-il en pratique ?"],
    ["Résultats", "Qu'a-t-elle permis ? Des chiffres si possible (jamais sur des victimes identifiables)."],
    ["Enseignements", "Que feriez-vous autrement ? Que doivent savoir les autres avant de commencer ?"],
    ["Point de contact", "Quel service les collègues peuvent-ils contacter (un service, pas une victime) ?"],
  ],
};

/** The starting body of a new document, in its language. */
export function templateContent(template: DocumentTemplate, language: Language): JSONContent {
  if (template === "blank") return { type: "doc", content: [{ type: "paragraph" }] };
  if (template === "case_exercise") return caseExerciseContent(language);
  return {
    type: "doc",
    content: GOOD_PRACTICE[language].flatMap(([heading, hint]) => [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: heading }] },
      { type: "paragraph", content: [{ type: "text", marks: [{ type: "italic" }], text: hint }] },
    ]),
  };
}
