import { accountEn } from "./account/en";
import { adminEn } from "./admin/en";
import { authEn } from "./auth/en";
import { commonEn } from "./common/en";
import { fieldsEn } from "./fields/en";
import { formsEn } from "./forms/en";
import { problemsEn } from "./problems/en";
import { documentsEn } from "./documents/en";
import { documentEditorEn } from "./documentEditor/en";
import { commentsEn } from "./comments/en";
import { meetingsEn } from "./meetings/en";
import { archiveEn } from "./archive/en";
import { quarantineEn } from "./quarantine/en";
import { notificationsEn } from "./notifications/en";
import { minutesReviewEn } from "./minutesReview/en";
import { directoryEn } from "./directory/en";
import { trainingsEn } from "./trainings/en";
import { versionsEn } from "./versions/en";
import { trainingGroupsEn } from "./trainingGroups/en";
import { trainingOutcomesEn } from "./trainingOutcomes/en";

/**
 * English strings: the reference set. nl.ts and fr.ts must have every key (the type checks it).
 * Each area keeps its strings in <area>/{en,nl,fr}.ts, side by side, so a translator sees them together.
 */
export const en = {
  "app.name": "Greychair",
  "app.tagline": "Benelux working group against trafficking in human beings",
  "layout.skipToContent": "Skip to main content",
  "layout.mainNavigation": "Main navigation",
  "layout.menu": "Menu",
  "nav.administration": "Administration",
  "layout.footer": "The empty chair at every meeting is reserved for the victims of trafficking.",
  "language.nl": "Nederlands",
  "language.fr": "Français",
  "language.en": "English",
  "nav.home": "Home",
  "home.intro":
    "A secure workspace for preparing meetings, co-editing good practices and keeping the decision archive of the Benelux working group.",
  "health.title": "Server status",
  "health.checking": "Checking the server…",
  "health.ready": "The server and its database are ready.",
  "health.databaseDown": "The server is running, but its database does not answer.",
  "health.unreachable": "The server cannot be reached. Check your connection and try again.",
  "health.version": "Version {version}",
  "health.checkedAt": "Checked {time}",
  "health.retry": "Check again",
  "notFound.title": "Page not found",
  "notFound.body": "The address may be mistyped, or the page has moved.",
  "notFound.home": "Go to the home page",
  ...commonEn,
  ...fieldsEn,
  ...formsEn,
  ...problemsEn,
  ...authEn,
  ...accountEn,
  ...adminEn,
  ...documentsEn,
  ...documentEditorEn,
  ...commentsEn,
  ...meetingsEn,
  ...archiveEn,
  ...quarantineEn,
  ...notificationsEn,
  ...minutesReviewEn,
  ...directoryEn,
  ...trainingsEn,
  ...versionsEn,
  ...trainingGroupsEn,
  ...trainingOutcomesEn,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** The keys of one area, for typing its nl and fr files: every key, nothing more. */
export type AreaMessages<T> = Record<keyof T, string>;
