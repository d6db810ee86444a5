/**
 * Notifications and e-mail (issue 13): the vocabulary, the defaults and the shapes the server's
 * presenters return. Both sides import them; the client builds the notification centre, the
 * preferences page and the administration mail status from these.
 */
import type { PersonRef } from "./meetingTypes";

/** Every kind of event a person can be told about. Values only (never field names: FerretDB refuses dots). */
export const NOTIFICATION_TYPES = [
  "mention",
  "comment_reply",
  "comment_resolved",
  "meeting_invited",
  "meeting_changed",
  "meeting_cancelled",
  "meeting_uninvited",
  "minutes_review",
  "minutes_approved",
  "action_assigned",
  "action_due_soon",
  "action_overdue",
  "document_added",
  "decision_archived",
  "decision_amended",
  "training_confirmed",
  "training_moved_up",
  "training_reminder",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** How a person wants to be e-mailed about one type: at once, in the 08:00 digest, or not at all. */
export const EMAIL_MODES = ["immediately", "daily_digest", "never"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** What a notification is about. */
export const NOTIFICATION_TARGET_KINDS = ["document", "agendaItem", "proposal", "actionItem", "meeting", "archiveRecord", "training"] as const;
export type NotificationTargetKind = (typeof NOTIFICATION_TARGET_KINDS)[number];

export interface NotificationPreference {
  type: NotificationType;
  /** Shown in the notification centre (and counted as unread). */
  inApp: boolean;
  email: EmailMode;
}

/**
 * Defaults for someone who never changed anything: everything in the app; e-mail at once for what
 * needs acting on soon (mentions, meetings, minutes to review, action items, new restricted
 * documents), in the digest for the rest, never for resolved threads.
 */
export const DEFAULT_PREFERENCES: Readonly<Record<NotificationType, { inApp: boolean; email: EmailMode }>> = {
  mention: { inApp: true, email: "immediately" },
  comment_reply: { inApp: true, email: "daily_digest" },
  comment_resolved: { inApp: true, email: "never" },
  meeting_invited: { inApp: true, email: "immediately" },
  meeting_changed: { inApp: true, email: "immediately" },
  meeting_cancelled: { inApp: true, email: "immediately" },
  meeting_uninvited: { inApp: true, email: "immediately" },
  minutes_review: { inApp: true, email: "immediately" },
  minutes_approved: { inApp: true, email: "daily_digest" },
  action_assigned: { inApp: true, email: "immediately" },
  action_due_soon: { inApp: true, email: "immediately" },
  action_overdue: { inApp: true, email: "immediately" },
  document_added: { inApp: true, email: "immediately" },
  decision_archived: { inApp: true, email: "daily_digest" },
  decision_amended: { inApp: true, email: "daily_digest" },
  training_confirmed: { inApp: true, email: "immediately" },
  training_moved_up: { inApp: true, email: "immediately" },
  training_reminder: { inApp: true, email: "immediately" },
};

/** Pages of the client that e-mails and notifications link to. */
export const NOTIFICATION_PATHS = {
  centre: "/notifications",
  preferences: "/account/notifications",
} as const;

/** The daily digest goes out at this Brussels time. */
export const DIGEST_TIME = "08:00";
/** Reminders: "due soon" this many days before the due date (Brussels calendar days). */
export const DUE_SOON_DAYS = 3;

/** Small facts that say what happened, never document, comment or decision text. */
export interface NotificationDetails {
  /** meeting_changed: which of time, duration, place, video link changed. */
  fields?: Array<"startsAt" | "durationMinutes" | "place" | "videoUrl">;
  /** minutes_review: open for review until (ISO instant). */
  until?: string;
  /** Action items: the due date ("2026-04-01"); training reminders: the first day. */
  dueDate?: string;
  /** decision_archived, decision_amended: archive numbers. */
  numbers?: string[];
  /** Comments and mentions in comments: the thread and comment (ids only), for the link. */
  threadId?: string;
  commentId?: string;
}

export interface PresentedNotificationTarget {
  kind: NotificationTargetKind;
  id: string;
  meetingId: string | null;
  documentId: string | null;
  /**
   * Resolved when presented, for this user: null when they can no longer read it (access lost,
   * deleted) — then `available` is false and there is no link. Never stored with the notification.
   */
  title: string | null;
  available: boolean;
}

export interface PresentedNotification {
  id: string;
  type: NotificationType;
  createdAt: string;
  readAt: string | null;
  actor: PersonRef | null;
  target: PresentedNotificationTarget;
  /** Path in the app (e.g. "/documents/…"), null when the target is no longer available. */
  link: string | null;
  details: NotificationDetails;
}

export interface NotificationPage {
  notifications: PresentedNotification[];
  unreadCount: number;
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface PresentedNotificationPreferences {
  preferences: NotificationPreference[];
  /** False when the server has no SMTP configuration: e-mail choices are kept but nothing is sent. */
  mailEnabled: boolean;
  /** "08:00", Europe/Brussels. */
  digestTime: string;
}

export const MAIL_JOB_STATUSES = ["queued", "sending", "sent", "failed", "cancelled"] as const;
export type MailJobStatus = (typeof MAIL_JOB_STATUSES)[number];

export const MAIL_TEMPLATES = ["notification", "digest", "invitation", "password_reset"] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** The administration's view of outgoing mail (part of GET /api/settings). */
export interface PresentedMailStatus {
  enabled: boolean;
  /** MAIL_FROM, when mail is on. The SMTP address and its credentials are never shown. */
  from: string | null;
  queued: number;
  failed: number;
  lastFailureAt: string | null;
}

/** A message that could not be sent (GET /api/mail/failures). */
export interface PresentedMailJob {
  id: string;
  template: MailTemplate;
  to: string;
  language: string;
  status: MailJobStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MailFailurePage {
  failures: PresentedMailJob[];
  nextBefore: string | null;
}
