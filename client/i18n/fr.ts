import { accountFr } from "./account/fr";
import { adminFr } from "./admin/fr";
import { authFr } from "./auth/fr";
import { commonFr } from "./common/fr";
import { fieldsFr } from "./fields/fr";
import { formsFr } from "./forms/fr";
import { problemsFr } from "./problems/fr";
import { documentsFr } from "./documents/fr";
import { documentEditorFr } from "./documentEditor/fr";
import { commentsFr } from "./comments/fr";
import { meetingsFr } from "./meetings/fr";
import { archiveFr } from "./archive/fr";
import { quarantineFr } from "./quarantine/fr";
import { notificationsFr } from "./notifications/fr";
import { minutesReviewFr } from "./minutesReview/fr";
import { directoryFr } from "./directory/fr";
import { trainingsFr } from "./trainings/fr";
import { versionsFr } from "./versions/fr";
import { trainingGroupsFr } from "./trainingGroups/fr";
import { trainingOutcomesFr } from "./trainingOutcomes/fr";
import type { Messages } from "./en";

export const fr: Messages = {
  "app.name": "Greychair",
  "app.tagline": "Groupe de travail Benelux contre la traite des êtres humains",
  "layout.skipToContent": "Aller au contenu principal",
  "layout.mainNavigation": "Navigation principale",
  "layout.menu": "Menu",
  "nav.administration": "Administration",
  "layout.footer": "La chaise vide à chaque réunion est réservée aux victimes de la traite.",
  "language.nl": "Nederlands",
  "language.fr": "Français",
  "language.en": "English",
  "nav.home": "Accueil",
  "home.intro":
    "Un espace de travail sécurisé pour préparer les réunions, rédiger ensemble les bonnes pratiques et tenir les archives des décisions du groupe de travail Benelux.",
  "health.title": "État du serveur",
  "health.checking": "Vérification du serveur…",
  "health.ready": "Le serveur et sa base de données sont prêts.",
  "health.databaseDown": "Le serveur fonctionne, mais sa base de données ne répond pas.",
  "health.unreachable": "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
  "health.version": "Version {version}",
  "health.checkedAt": "Vérifié à {time}",
  "health.retry": "Vérifier à nouveau",
  "notFound.title": "Page introuvable",
  "notFound.body": "L’adresse est peut-être mal saisie, ou la page a été déplacée.",
  "notFound.home": "Aller à la page d’accueil",
  ...commonFr,
  ...fieldsFr,
  ...formsFr,
  ...problemsFr,
  ...authFr,
  ...accountFr,
  ...adminFr,
  ...documentsFr,
  ...documentEditorFr,
  ...commentsFr,
  ...meetingsFr,
  ...archiveFr,
  ...quarantineFr,
  ...notificationsFr,
  ...minutesReviewFr,
  ...directoryFr,
  ...trainingsFr,
  ...versionsFr,
  ...trainingGroupsFr,
  ...trainingOutcomesFr,
};
