/** English strings: the reference set. nl.ts and fr.ts must have every key (the type checks it). */
export const en = {
  "app.name": "Greychair",
  "app.tagline": "Benelux working group against trafficking in human beings",
  "layout.skipToContent": "Skip to main content",
  "layout.mainNavigation": "Main navigation",
  "layout.footer": "The empty chair at every meeting is reserved for the victims of trafficking.",
  "language.label": "Language",
  "language.nl": "Nederlands",
  "language.fr": "Français",
  "language.en": "English",
  "nav.home": "Home",
  "home.title": "Welcome to Greychair",
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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
