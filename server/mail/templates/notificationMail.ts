/**
 * Notification e-mails: one at a time, or grouped in the daily digest. Privacy by default: an
 * e-mail names the kind of event and links to it. A title goes in only when the recipient may still
 * read the thing, it is not restricted, and — for internal things (meetings, agenda and action items,
 * internal documents) — the secretariat turned on "include excerpts". Document, comment and
 * decision text and victim notes are never part of a notification e-mail.
 */
import { BRUSSELS } from "../../../shared/brusselsTime";
import { NOTIFICATION_PATHS, NOTIFICATION_TYPES, type NotificationDetails, type NotificationType } from "../../../shared/notificationTypes";
import type { MeetingRecord } from "../../meetings/meetingStore";
import type { NotificationRecord } from "../../models/Notification";
import { notificationPath } from "../../notifications/notificationLinks";
import type { ResolvedTarget } from "../../notifications/notificationTargets";
import type { Actor } from "../../policies";
import { fill, mailLabels, plural, type MailLabels } from "./mailLabels";
import { renderHtml, renderText, type MailBlock, type MailContent } from "./mailLayout";

export interface MailRecipient extends Actor {
  name: string;
  email: string;
  language: string;
}

/** A notification with what it points at, as it is now. */
export interface NotificationForMail {
  notification: NotificationRecord;
  target: ResolvedTarget | undefined;
  /** The meeting it is about (target.meetingId or the target itself), if any. */
  meeting: ResolvedTarget | undefined;
  actorName: string | null;
}

export interface MailContext {
  baseUrl: string;
  includeExcerpts: boolean;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  preferencesUrl: string;
}

/** Types whose e-mail goes to someone who, by the nature of the event, can no longer open it. */
export const ABOUT_LOST_ACCESS: readonly NotificationType[] = ["meeting_uninvited"];
const MEETING_TYPES: readonly NotificationType[] = ["meeting_invited", "meeting_changed", "meeting_cancelled", "meeting_uninvited"];

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function formatInstant(labels: MailLabels, instant: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(labels.locale, { timeZone: BRUSSELS, ...options }).format(instant);
}

/** A calendar date ("2026-04-01") in words, as it is. */
function formatDay(labels: MailLabels, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return new Intl.DateTimeFormat(labels.locale, { timeZone: "UTC", dateStyle: "long" }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** The title an e-mail to this person may carry, or null. */
export function mailableTitle(target: ResolvedTarget | undefined, recipient: Actor, context: MailContext): string | null {
  if (!target || !target.readableBy(recipient)) return null;
  if (target.classification === "restricted") return null;
  if (target.classification === "internal" && !context.includeExcerpts) return null;
  return target.title;
}

export function describeMeeting(labels: MailLabels, meeting: MeetingRecord, title: string | null): string {
  const date = formatInstant(labels, meeting.startsAt, { dateStyle: "long", timeStyle: "short" });
  return title ? fill(labels.meeting.named, { title, date }) : fill(labels.meeting.unnamed, { date });
}

/** When, where, video link: what an invitee needs (logistics, not content). */
export function meetingFacts(labels: MailLabels, meeting: MeetingRecord): Array<{ label: string; value: string }> {
  const ends = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
  const when = `${formatInstant(labels, meeting.startsAt, { dateStyle: "full", timeStyle: "short" })}–${formatInstant(labels, ends, { timeStyle: "short" })} (${labels.brusselsTime})`;
  return [
    { label: labels.meeting.when, value: when },
    ...(meeting.place ? [{ label: labels.meeting.where, value: meeting.place }] : []),
    ...(meeting.videoUrl ? [{ label: labels.meeting.video, value: meeting.videoUrl }] : []),
  ];
}

export const parseDetails = (notification: NotificationRecord): NotificationDetails => JSON.parse(notification.details || "{}") as NotificationDetails;

/** The sentence that says what happened, and where to open it. */
export function notificationLine(labels: MailLabels, item: NotificationForMail, recipient: MailRecipient, context: MailContext): { text: string; url: string } {
  const { notification } = item;
  const type = notification.type as NotificationType;
  const details = parseDetails(notification);
  const kind = notification.target.kind as keyof MailLabels["targets"];
  const title = mailableTitle(item.target, recipient, context);
  const meetingRecord = item.meeting?.meeting ?? item.target?.meeting ?? null;
  const meetingTitle = mailableTitle(item.meeting, recipient, context);
  const fields = new Intl.ListFormat(labels.locale, { type: "conjunction" }).format((details.fields ?? []).map((f) => labels.changedFields[f]));
  const text = fill(labels.types[type].line, {
    actor: item.actorName ?? labels.someone,
    target: title ? fill(labels.targets[kind].named, { title }) : labels.targets[kind].unnamed,
    meeting: meetingRecord ? describeMeeting(labels, meetingRecord, meetingTitle) : labels.targets.meeting.unnamed,
    until: details.until ? formatInstant(labels, new Date(details.until), { dateStyle: "long" }) : "",
    due: details.dueDate ? formatDay(labels, details.dueDate) : "",
    numbers: (details.numbers ?? []).join(", "),
    fields,
  });
  const readable = item.target?.readableBy(recipient) ?? false;
  const path = readable ? notificationPath(type, notification.target, item.target!.link(recipient)) : NOTIFICATION_PATHS.centre;
  return { text: capitalise(text), url: `${context.baseUrl}${path}${readable && details.threadId ? `?thread=${encodeURIComponent(details.threadId)}` : ""}` };
}

function footer(labels: MailLabels, why: string, context: MailContext): string[] {
  return [labels.privacyNote, why, fill(labels.footer.preferences, { url: `${context.baseUrl}${NOTIFICATION_PATHS.preferences}` })];
}

export function renderNotificationMail(item: NotificationForMail, recipient: MailRecipient, context: MailContext): RenderedMail {
  const labels = mailLabels(recipient.language);
  const type = item.notification.type as NotificationType;
  const line = notificationLine(labels, item, recipient, context);
  const blocks: MailBlock[] = [{ text: line.text }];
  const meeting = item.meeting?.meeting ?? item.target?.meeting ?? null;
  if (MEETING_TYPES.includes(type) && meeting) blocks.push({ facts: meetingFacts(labels, meeting) });
  const content: MailContent = {
    language: recipient.language,
    subject: labels.types[type].subject,
    heading: labels.types[type].subject,
    greeting: fill(labels.greeting, { name: recipient.name }),
    blocks,
    button: { label: labels.openButton, url: line.url, intro: labels.linkIntro },
    footer: footer(labels, fill(labels.footer.notification, { type: labels.typeNames[type] }), context),
  };
  return { subject: content.subject, text: renderText(content), html: renderHtml(content), preferencesUrl: `${context.baseUrl}${NOTIFICATION_PATHS.preferences}` };
}

const DIGEST_ITEMS_PER_GROUP = 10;

/** One e-mail for the day: the notifications grouped by type, with counts and a link each. */
export function renderDigestMail(items: NotificationForMail[], recipient: MailRecipient, context: MailContext): RenderedMail {
  const labels = mailLabels(recipient.language);
  const blocks: MailBlock[] = [{ text: plural(labels, labels.digest.intro, items.length) }];
  for (const type of NOTIFICATION_TYPES) {
    const group = items.filter((i) => i.notification.type === type).sort((a, b) => b.notification.createdAt.getTime() - a.notification.createdAt.getTime());
    if (group.length === 0) continue;
    blocks.push({ text: capitalise(plural(labels, labels.digest.groups[type], group.length)) });
    const shown = group.slice(0, DIGEST_ITEMS_PER_GROUP).map((item) => notificationLine(labels, item, recipient, context));
    const rest = group.length - shown.length;
    blocks.push({ list: [...shown, ...(rest > 0 ? [{ text: plural(labels, labels.digest.more, rest) }] : [])] });
  }
  const subject = plural(labels, labels.digest.subject, items.length);
  const content: MailContent = {
    language: recipient.language,
    subject,
    heading: labels.digest.heading,
    greeting: fill(labels.greeting, { name: recipient.name }),
    blocks,
    button: { label: labels.digest.openAll, url: `${context.baseUrl}${NOTIFICATION_PATHS.centre}`, intro: labels.linkIntro },
    footer: footer(labels, labels.footer.digest, context),
  };
  return { subject, text: renderText(content), html: renderHtml(content), preferencesUrl: `${context.baseUrl}${NOTIFICATION_PATHS.preferences}` };
}
