import type { AreaMessages } from "../en";
import type { formsEn } from "./en";

/* A no-break space (U+00A0) goes before « : », as French typography wants. */
export const formsFr: AreaMessages<typeof formsEn> = {
  "formError.missing": "{label}\u00a0: saisissez une réponse",
  "formError.missingChoice": "{label}\u00a0: choisissez une option",
  "formError.missingChoices": "{label}\u00a0: choisissez-en au moins une",
  "formError.tooShort": "{label}\u00a0: utilisez au moins {min} caractères",
  "formError.tooLong": "{label}\u00a0: utilisez {max} caractères au maximum",
  "formError.tooSmall": "{label}\u00a0: saisissez {min} ou plus",
  "formError.tooBig": "{label}\u00a0: saisissez {max} ou moins",
  "formError.tooFew": "{label}\u00a0: choisissez-en au moins {min}",
  "formError.tooMany": "{label}\u00a0: choisissez-en {max} au maximum",
  "formError.notNumber": "{label}\u00a0: saisissez un nombre, par exemple 10",
  "formError.notWhole": "{label}\u00a0: saisissez un nombre entier, par exemple 10",
  "formError.format.email": "{label}\u00a0: saisissez une adresse e-mail au bon format, par exemple nom@exemple.be",
  "formError.format.date": "{label}\u00a0: saisissez une date qui existe",
  "formError.format.time": "{label}\u00a0: saisissez une heure, par exemple 14:30",
  "formError.format.url": "{label}\u00a0: saisissez une adresse qui commence par https://",
  "formError.invalid": "{label}\u00a0: vérifiez cette réponse",
  "formError.notAccepted": "{label}\u00a0: cette réponse n’a pas été acceptée. Vérifiez-la et réessayez",
  "confirm.cancel": "Annuler",
  "confirm.working": "En cours…",
  "menu.moreActions": "Plus d’actions",
  "resource.failedTitle": "Ceci n’a pas pu être chargé",
  "resource.notFoundTitle": "Introuvable",
  "resource.notFoundBody": "Il a peut-être été supprimé, ou vous n’y avez plus accès.",
  "resource.forbidden": "Vous ne pouvez pas voir ceci. Si vous en avez besoin pour votre travail, adressez-vous au secrétariat.",
  "resource.sessionEnded": "Votre session a pris fin. Reconnectez-vous pour continuer.",
};
