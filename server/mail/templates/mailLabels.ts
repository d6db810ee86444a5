/**
 * The words of Greychair's e-mails, one object per language (mailLabels.{en,nl,fr}.ts). Placeholders
 * are "{name}"; counted phrases have plural forms chosen with Intl.PluralRules for the locale.
 */
import type { Language } from "../../../shared/languages";
import { pluralIn, type Plural } from "../../i18n/plural";
import type { NotificationTargetKind, NotificationType } from "../../../shared/notificationTypes";
import type { Role } from "../../../shared/domain";
import { en } from "./mailLabels.en";
import { fr } from "./mailLabels.fr";
import { nl } from "./mailLabels.nl";

export type { Plural };

export interface MailLabels {
  locale: string;
  brusselsTime: string;
  someone: string;
  /** "Hello {name},". */
  greeting: string;
  openButton: string;
  /** Shown above the link in the text part and under the button in HTML. */
  linkIntro: string;
  /** Why there is no content in the e-mail. */
  privacyNote: string;
  footer: {
    notification: string;
    digest: string;
    invitation: string;
    passwordReset: string;
    /** "Change which e-mails you receive: {url}". */
    preferences: string;
  };
  /** Per type: the subject and the sentence that says what happened ({actor}, {target}, {meeting}, {until}, {due}, {numbers}, {fields}). */
  types: Record<NotificationType, { subject: string; line: string }>;
  /** Per type, lower case, as in "about: mentions". */
  typeNames: Record<NotificationType, string>;
  /** How a target is named: with its title when the e-mail may carry it, otherwise by its kind. */
  targets: Record<NotificationTargetKind, { named: string; unnamed: string }>;
  /** A meeting: "{title}" when allowed, and always its date. */
  meeting: { named: string; unnamed: string; when: string; where: string; video: string; calendarSummary: string };
  changedFields: Record<"startsAt" | "durationMinutes" | "place" | "videoUrl", string>;
  digest: {
    subject: Plural;
    heading: string;
    intro: Plural;
    groups: Record<NotificationType, Plural>;
    more: Plural;
    openAll: string;
  };
  invitation: { subject: string; heading: string; intro: string; roles: Record<Role, string>; button: string; validUntil: string; notExpected: string };
  passwordReset: { subject: string; heading: string; intro: string; button: string; validUntil: string; notExpected: string };
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The plural form for this count in this locale (French says "1 mention", "0 mention"; English "0 mentions"). */
export function plural(labels: MailLabels, forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  return pluralIn(labels.locale, forms, count, values);
}

const LABELS: Record<Language, MailLabels> = { en, nl, fr };

export function mailLabels(language: string): MailLabels {
  return (LABELS as Record<string, MailLabels | undefined>)[language] ?? en;
}
