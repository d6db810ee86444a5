import type { JSONContent } from "@tiptap/core";
import type { Language } from "../../shared/languages";

/** The case exercise a mixed group works on at a joint training: six headings with a prompt each. */
const CASE_EXERCISE: Record<Language, Array<[string, string]>> = {
  en: [
    ["Situation", "The fictitious case: who, where, what happened (invented names only)."],
    ["Signals", "Which signs of trafficking do you notice, and who could notice them?"],
    ["Who acts", "Which services act first, and what does each do?"],
    ["Across which border", "Which countries are involved, and where does the case cross a border?"],
    ["Referral steps", "Step by step: who refers the person to whom, and how?"],
    ["What the victim needs", "Safety, shelter, care, information in her language, legal help: what, when, from whom?"],
  ],
  nl: [
    ["Situatie", "De fictieve casus: wie, waar, wat is er gebeurd (alleen verzonnen namen)?"],
    ["Signalen", "Welke signalen van mensenhandel ziet u, en wie kan ze opmerken?"],
    ["Wie handelt", "Welke diensten treden als eerste op, en wat doet elk?"],
    ["Over welke grens", "Welke landen zijn betrokken, en waar gaat de casus over een grens?"],
    ["Doorverwijzing", "Stap voor stap: wie verwijst de persoon door naar wie, en hoe?"],
    ["Wat het slachtoffer nodig heeft", "Veiligheid, opvang, zorg, informatie in haar taal, juridische hulp: wat, wanneer, van wie?"],
  ],
  fr: [
    ["Situation", "Le cas fictif : qui, où, que s’est-il passé (uniquement des noms inventés) ?"],
    ["Signaux", "Quels signes de traite remarquez-vous, et qui pourrait les remarquer ?"],
    ["Qui agit", "Quels services interviennent en premier, et que fait chacun ?"],
    ["Par-delà quelle frontière", "Quels pays sont concernés, et où le cas passe-t-il une frontière ?"],
    ["Étapes d’orientation", "Étape par étape : qui oriente la personne vers qui, et comment ?"],
    ["Ce dont la victime a besoin", "Sécurité, hébergement, soins, information dans sa langue, aide juridique : quoi, quand, par qui ?"],
  ],
};

/** The headings alone, in order (tests and the client's preview use them). */
export const caseExerciseHeadings = (language: Language): string[] => CASE_EXERCISE[language].map(([heading]) => heading);

export function caseExerciseContent(language: Language): JSONContent {
  return {
    type: "doc",
    content: CASE_EXERCISE[language].flatMap(([heading, hint]) => [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: heading }] },
      { type: "paragraph", content: [{ type: "text", marks: [{ type: "italic" }], text: hint }] },
    ]),
  };
}
