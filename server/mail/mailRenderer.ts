import type { Role } from "../../shared/domain";
import type { NotificationType } from "../../shared/notificationTypes";
import { buildCalendar } from "../calendar/icalendar";
import { invitationEvent } from "../calendar/meetingEvents";
import { Invitation, invitationStatus } from "../models/Invitation";
import type { MailJobRecord } from "../models/MailJob";
import { Notification, type NotificationRecord } from "../models/Notification";
import { OneTimeLink } from "../models/OneTimeLink";
import { loadSettings } from "../models/Setting";
import { User, userMayUseAccount } from "../models/User";
import type { MeetingRecord } from "../meetings/meetingStore";
import { resolveTargets, targetKey, type TargetRef } from "../notifications/notificationTargets";
import { openSecret } from "./linkSecrets";
import type { RenderResult } from "./mailWorker";
import { fromAddress, fromName, type OutgoingMail } from "./mailTransport";
import { renderInvitationMail, renderPasswordResetMail } from "./templates/accountMails";
import { mailLabels } from "./templates/mailLabels";
import {
  ABOUT_LOST_ACCESS,
  mailableTitle,
  renderDigestMail,
  renderNotificationMail,
  type MailContext,
  type MailRecipient,
  type NotificationForMail,
} from "./templates/notificationMail";

export interface RendererDeps {
  /** Where links point: PUBLIC_URL, or the server's own address (known once it listens). */
  baseUrl: () => string;
  from: string;
  secretKey: Buffer;
  clock: () => Date;
}

const cancel = (reason: string): RenderResult => ({ cancel: reason });

async function recipientOf(userId: string | null | undefined): Promise<MailRecipient | null> {
  const user = userId ? await User.findById(userId, { name: 1, email: 1, role: 1, active: 1, accessUntil: 1, language: 1 }).lean() : null;
  if (!user || !userMayUseAccount(user)) return null;
  return { id: String(user._id), name: user.name, email: user.email, role: user.role as Role, active: true, language: user.language ?? "en" };
}

/** Each notification with its target and meeting as they are now (one query per kind for all of them). */
async function withTargets(notifications: NotificationRecord[]): Promise<NotificationForMail[]> {
  const meetingRef = (n: NotificationRecord): TargetRef | null =>
    n.target.kind === "meeting" ? { kind: "meeting", id: n.target.id } : n.target.meetingId ? { kind: "meeting", id: n.target.meetingId } : null;
  const refs = notifications.flatMap((n) => [n.target as TargetRef, ...[meetingRef(n)].filter((r): r is TargetRef => r !== null)]);
  const resolved = await resolveTargets(refs);
  const actors = await User.find({ _id: { $in: [...new Set(notifications.map((n) => n.actorId).filter(Boolean))] } }, { name: 1 }).lean();
  const names = new Map(actors.map((a) => [String(a._id), a.name]));
  return notifications.map((notification) => {
    const ref = meetingRef(notification);
    return {
      notification,
      target: resolved.get(targetKey(notification.target as TargetRef)),
      meeting: ref ? resolved.get(targetKey(ref)) : undefined,
      actorName: notification.actorId ? (names.get(notification.actorId) ?? null) : null,
    };
  });
}

/** Whether the recipient may be told about it by e-mail now: the access check is made again when sending. */
const mayBeTold = (item: NotificationForMail, recipient: MailRecipient) =>
  ABOUT_LOST_ACCESS.includes(item.notification.type as NotificationType) || Boolean(item.target?.readableBy(recipient));

function calendarFor(item: NotificationForMail, recipient: MailRecipient, context: MailContext, deps: RendererDeps): OutgoingMail["calendar"] {
  const type = item.notification.type as NotificationType;
  const meeting: MeetingRecord | null | undefined = item.meeting?.meeting;
  if (!meeting || !["meeting_invited", "meeting_changed", "meeting_cancelled", "meeting_uninvited"].includes(type)) return undefined;
  // The calendar follows the meeting as it is when the message goes, whatever happened since it was queued.
  const invited = (meeting.participantIds ?? []).includes(recipient.id) && meeting.status !== "draft" && meeting.status !== "cancelled";
  const method = (type === "meeting_invited" || type === "meeting_changed") && invited ? "REQUEST" : "CANCEL";
  const labels = mailLabels(recipient.language);
  const event = invitationEvent(meeting, {
    baseUrl: context.baseUrl,
    summary: mailableTitle(item.meeting, recipient, context) ?? labels.meeting.calendarSummary,
    organizer: { email: fromAddress(deps.from), name: fromName(deps.from) ?? "Greychair" },
    attendee: { email: recipient.email, name: recipient.name },
    now: deps.clock(),
  });
  return { method, content: buildCalendar(labels.meeting.calendarSummary, [event], { method }) };
}

/** Writes a queued job's message at the moment it is sent, from the references in its payload. */
export function createMailRenderer(deps: RendererDeps): (job: MailJobRecord) => Promise<RenderResult> {
  const context = async (): Promise<MailContext> => ({ baseUrl: deps.baseUrl(), includeExcerpts: (await loadSettings()).includeExcerpts });

  return async (job) => {
    const payload = JSON.parse(job.payload || "{}") as Record<string, unknown>;
    const base = { messageId: job.messageId };
    switch (job.template) {
      case "notification": {
        const notification = await Notification.findById(String(payload.notificationId)).lean<NotificationRecord>();
        if (!notification) return cancel("the notification no longer exists");
        const recipient = await recipientOf(notification.recipientId);
        if (!recipient) return cancel("the recipient's account cannot be used");
        const [item] = await withTargets([notification]);
        if (!item || !mayBeTold(item, recipient)) return cancel("the recipient can no longer read what it is about");
        const ctx = await context();
        const rendered = renderNotificationMail(item, recipient, ctx);
        return { mail: { ...base, ...rendered, to: recipient.email, language: recipient.language, calendar: calendarFor(item, recipient, ctx, deps) } };
      }
      case "digest": {
        const recipient = await recipientOf(job.userId);
        if (!recipient) return cancel("the recipient's account cannot be used");
        const ids = Array.isArray(payload.notificationIds) ? payload.notificationIds.map(String) : [];
        const notifications = await Notification.find({ _id: { $in: ids }, recipientId: recipient.id }).lean<NotificationRecord[]>();
        const items = (await withTargets(notifications)).filter((item) => mayBeTold(item, recipient));
        if (items.length === 0) return cancel("nothing left the recipient may be told about");
        const rendered = renderDigestMail(items, recipient, await context());
        return { mail: { ...base, ...rendered, to: recipient.email, language: recipient.language } };
      }
      case "invitation": {
        const invitation = await Invitation.findById(String(payload.invitationId));
        if (!invitation || invitationStatus(invitation) !== "pending") return cancel("the invitation is no longer pending");
        const token = job.secret ? openSecret(deps.secretKey, job.secret, job.key) : null;
        if (!token) return cancel("the link cannot be read (the session secret changed?)");
        const mail = renderInvitationMail({
          language: job.language,
          link: `${deps.baseUrl()}/invite/${token}`,
          role: invitation.role as Role,
          inviterName: String(payload.inviterName ?? ""),
          expiresAt: invitation.expiresAt,
        });
        return { mail: { ...base, ...mail, to: invitation.email, language: job.language } };
      }
      case "password_reset": {
        const link = await OneTimeLink.findById(String(payload.linkId)).lean();
        if (!link || link.usedAt || link.expiresAt.getTime() <= deps.clock().getTime()) return cancel("the reset link is no longer valid");
        const recipient = await User.findById(link.userId, { name: 1, email: 1, language: 1 }).lean();
        const token = job.secret ? openSecret(deps.secretKey, job.secret, job.key) : null;
        if (!recipient || !token) return cancel("the reset link cannot be sent");
        const mail = renderPasswordResetMail({ language: recipient.language ?? job.language, name: recipient.name, link: `${deps.baseUrl()}/reset/${token}`, expiresAt: link.expiresAt });
        return { mail: { ...base, ...mail, to: recipient.email, language: recipient.language ?? job.language } };
      }
    }
  };
}
