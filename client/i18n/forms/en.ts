/**
 * The form patterns' own words: generic error messages built from a zod issue and the field's label
 * (a field may name better, specific ones), the confirmation dialog, and loading states.
 */
export const formsEn = {
  "formError.missing": "{label}: enter an answer",
  "formError.missingChoice": "{label}: choose one",
  "formError.missingChoices": "{label}: choose at least one",
  "formError.tooShort": "{label}: use at least {min} characters",
  "formError.tooLong": "{label}: use {max} characters or fewer",
  "formError.tooSmall": "{label}: enter {min} or more",
  "formError.tooBig": "{label}: enter {max} or less",
  "formError.tooFew": "{label}: choose at least {min}",
  "formError.tooMany": "{label}: choose {max} or fewer",
  "formError.notNumber": "{label}: enter a number, like 10",
  "formError.notWhole": "{label}: enter a whole number, like 10",
  "formError.format.email": "{label}: enter an e-mail address in the correct format, like name@example.org",
  "formError.format.date": "{label}: enter a real date",
  "formError.format.time": "{label}: enter a time like 14:30",
  "formError.format.url": "{label}: enter an address that starts with https://",
  "formError.invalid": "{label}: check this answer",
  "formError.notAccepted": "{label}: this answer was not accepted. Check it and try again",
  "confirm.cancel": "Cancel",
  "confirm.working": "Working…",
  "menu.moreActions": "More actions",
  "resource.failedTitle": "This could not be loaded",
  "resource.notFoundTitle": "Not found",
  "resource.notFoundBody": "It may have been removed, or you may no longer have access to it.",
  "resource.forbidden": "You cannot see this. If you need it for your work, ask the secretariat.",
  "resource.sessionEnded": "Your session has ended. Sign in again to continue.",
} as const;
