/** The words the training outputs print (evaluation report, participant lists, badges), in nl, fr and en. */
import type { Language } from "../../shared/languages";
import { NO_DISCIPLINE } from "../../shared/trainingEvaluation";
import { directoryLabels } from "../directory/directoryLabels";

const LABELS = {
  nl: {
    locale: "nl-BE",
    evaluation: "Evaluatie",
    responses: "Antwoorden",
    threshold: "Groepen met minder dan {min} antwoorden worden niet getoond",
    tooFew: "Minder dan {min} deelnemers hebben geantwoord: de resultaten worden niet getoond, zodat niemand te herkennen is.",
    questionTooFew: "Te weinig antwoorden om te tonen.",
    average: "Gemiddelde (1–5)",
    answers: "Antwoorden",
    distribution: "Verdeling 1–5",
    overall: "Iedereen",
    perCountry: "Per land",
    perDiscipline: "Per discipline",
    hidden: "niet getoond (te weinig antwoorden)",
    group: "Groep",
    redacted: "In {count} antwoorden zijn persoonsgegevens weggelaten ([…]).",
    participants: "Deelnemerslijst",
    name: "Naam",
    organisation: "Organisatie",
    language: "Taal",
    needs: "Behoeften",
    status: "Status",
    confirmed: "bevestigd",
    waiting: "wachtlijst",
    date: "Datum",
    place: "Plaats",
    total: "Deelnemers",
    badges: "Badges",
    noDiscipline: "Discipline niet opgegeven",
  },
  fr: {
    locale: "fr-BE",
    evaluation: "Évaluation",
    responses: "Réponses",
    threshold: "Les groupes de moins de {min} réponses ne sont pas affichés",
    tooFew: "Moins de {min} participants ont répondu : les résultats ne sont pas affichés, pour que personne ne puisse être reconnu.",
    questionTooFew: "Trop peu de réponses pour les afficher.",
    average: "Moyenne (1–5)",
    answers: "Réponses",
    distribution: "Répartition 1–5",
    overall: "Tous",
    perCountry: "Par pays",
    perDiscipline: "Par discipline",
    hidden: "non affiché (trop peu de réponses)",
    group: "Groupe",
    redacted: "Des données personnelles ont été retirées de {count} réponses ([…]).",
    participants: "Liste des participants",
    name: "Nom",
    organisation: "Organisation",
    language: "Langue",
    needs: "Besoins",
    status: "Statut",
    confirmed: "confirmé",
    waiting: "liste d’attente",
    date: "Date",
    place: "Lieu",
    total: "Participants",
    badges: "Badges",
    noDiscipline: "Discipline non précisée",
  },
  en: {
    locale: "en-GB",
    evaluation: "Evaluation",
    responses: "Responses",
    threshold: "Groups with fewer than {min} answers are not shown",
    tooFew: "Fewer than {min} participants answered: the results are not shown, so that nobody can be recognised.",
    questionTooFew: "Too few answers to show.",
    average: "Average (1–5)",
    answers: "Answers",
    distribution: "Distribution 1–5",
    overall: "Everyone",
    perCountry: "By country",
    perDiscipline: "By discipline",
    hidden: "not shown (too few answers)",
    group: "Group",
    redacted: "Personal data was taken out of {count} answers ([…]).",
    participants: "Participant list",
    name: "Name",
    organisation: "Organisation",
    language: "Language",
    needs: "Needs",
    status: "Status",
    confirmed: "confirmed",
    waiting: "waiting list",
    date: "Date",
    place: "Place",
    total: "Participants",
    badges: "Badges",
    noDiscipline: "Discipline not given",
  },
} as const;

export type OutcomeLabels = (typeof LABELS)[Language];

export const outcomeLabels = (language: Language): OutcomeLabels => LABELS[language];

export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** "België", "Belgique", "Belgium". */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LABELS[language].locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function disciplineName(code: string | null, language: Language): string {
  if (!code || code === NO_DISCIPLINE) return LABELS[language].noDiscipline;
  return (directoryLabels(language).disciplines as Record<string, string>)[code] ?? code;
}
