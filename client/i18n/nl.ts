import { accountNl } from "./account/nl";
import { adminNl } from "./admin/nl";
import { authNl } from "./auth/nl";
import { commonNl } from "./common/nl";
import { fieldsNl } from "./fields/nl";
import { formsNl } from "./forms/nl";
import { problemsNl } from "./problems/nl";
import { documentsNl } from "./documents/nl";
import { documentEditorNl } from "./documentEditor/nl";
import { commentsNl } from "./comments/nl";
import { meetingsNl } from "./meetings/nl";
import { archiveNl } from "./archive/nl";
import { quarantineNl } from "./quarantine/nl";
import { notificationsNl } from "./notifications/nl";
import { minutesReviewNl } from "./minutesReview/nl";
import { directoryNl } from "./directory/nl";
import { trainingsNl } from "./trainings/nl";
import { versionsNl } from "./versions/nl";
import { trainingGroupsNl } from "./trainingGroups/nl";
import { trainingOutcomesNl } from "./trainingOutcomes/nl";
import type { Messages } from "./en";

export const nl: Messages = {
  "app.name": "Greychair",
  "app.tagline": "Benelux-werkgroep tegen mensenhandel",
  "layout.skipToContent": "Direct naar de inhoud",
  "layout.mainNavigation": "Hoofdnavigatie",
  "layout.menu": "Menu",
  "nav.administration": "Beheer",
  "layout.footer": "De lege stoel aan elke vergadertafel is gereserveerd voor de slachtoffers van mensenhandel.",
  "language.nl": "Nederlands",
  "language.fr": "Français",
  "language.en": "English",
  "nav.home": "Start",
  "home.intro":
    "Een beveiligde werkplek om vergaderingen voor te bereiden, samen goede praktijken te schrijven en het besluitenarchief van de Benelux-werkgroep bij te houden.",
  "health.title": "Status van de server",
  "health.checking": "De server wordt gecontroleerd…",
  "health.ready": "De server en de database zijn klaar.",
  "health.databaseDown": "De server draait, maar de database antwoordt niet.",
  "health.unreachable": "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
  "health.version": "Versie {version}",
  "health.checkedAt": "Gecontroleerd om {time}",
  "health.retry": "Opnieuw controleren",
  "notFound.title": "Pagina niet gevonden",
  "notFound.body": "Misschien is het adres verkeerd getypt, of is de pagina verplaatst.",
  "notFound.home": "Naar de startpagina",
  ...commonNl,
  ...fieldsNl,
  ...formsNl,
  ...problemsNl,
  ...authNl,
  ...accountNl,
  ...adminNl,
  ...documentsNl,
  ...documentEditorNl,
  ...commentsNl,
  ...meetingsNl,
  ...archiveNl,
  ...quarantineNl,
  ...notificationsNl,
  ...minutesReviewNl,
  ...directoryNl,
  ...trainingsNl,
  ...versionsNl,
  ...trainingGroupsNl,
  ...trainingOutcomesNl,
};
