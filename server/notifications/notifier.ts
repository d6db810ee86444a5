import type { Role } from "../../shared/domain";
import type { Language } from "../../shared/languages";
import type { EmailMode, NotificationDetails, NotificationType } from "../../shared/notificationTypes";
import { domainEvents } from "../domainEvents";
import type { Logger } from "../logger";
import type { MailQueue } from "../mail/mailQueue";
import { Notification, type NotificationRecord } from "../models/Notification";
import { User, userMayUseAccount } from "../models/User";
import { preferencesOf } from "./preferences";
import { resolveTargets, targetKey, type TargetRef } from "./notificationTargets";

export interface NotifyInput {
  type: NotificationType;
  recipientIds: string[];
  target: TargetRef;
  /** Who caused it (never told about their own action); null for the scheduler. */
  actorId: string | null;
  /** Names the event once: with the recipient it is the notification's unique key (a re-run adds nothing). */
  eventKey: string;
  details?: NotificationDetails;
  /**
   * The recipient may be told although they can no longer read the target (they were taken off a
   * meeting: that is the news). Everything else is only for those who may read the target now.
   */
  evenWithoutAccess?: boolean;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Turns an event into notifications: for each recipient who may use their account and — asked of
 * the policy module now — may read the target (a mention never grants access), one stored
 * notification per event (a unique key, so a repeated event or a second process adds none), then
 * the live update and, by the recipient's choice, an e-mail now or in the digest.
 */
export class Notifier {
  constructor(private readonly deps: { mail: MailQueue | null; logger: Logger }) {}

  get mailEnabled(): boolean {
    return this.deps.mail !== null;
  }

  async notify(input: NotifyInput): Promise<NotificationRecord[]> {
    const wanted = [...new Set(input.recipientIds)].filter((id) => id && id !== input.actorId && /^[0-9a-f]{24}$/.test(id));
    if (wanted.length === 0) return [];
    const users = (await User.find({ _id: { $in: wanted } }, { role: 1, active: 1, accessUntil: 1, email: 1, language: 1 }).lean()).filter((u) => userMayUseAccount(u));
    const target = (await resolveTargets([input.target])).get(targetKey(input.target));
    if (!target && !input.evenWithoutAccess) return [];
    const recipients = users.filter((u) => input.evenWithoutAccess || target!.readableBy({ id: String(u._id), role: u.role as Role, active: true }));
    const dropped = users.length - recipients.length;
    if (dropped > 0) this.deps.logger.debug({ type: input.type, dropped }, "notification not sent to people who cannot read its target");
    const preferences = await preferencesOf(recipients.map((u) => String(u._id)));
    const created: NotificationRecord[] = [];
    for (const user of recipients) {
      const recipientId = String(user._id);
      const choice = preferences.get(recipientId)!.get(input.type)!;
      const email: EmailMode = this.mailEnabled ? choice.email : "never";
      const record = await this.store(input, recipientId, choice.inApp, email);
      if (!record) continue;
      created.push(record);
      if (record.inApp) domainEvents.emit("notification.created", { notificationId: String(record._id), recipientId });
      if (email === "immediately") await this.queueMail(record, user.email, (user.language ?? "en") as Language);
    }
    return created;
  }

  private async store(input: NotifyInput, recipientId: string, inApp: boolean, email: EmailMode): Promise<NotificationRecord | null> {
    try {
      const doc = await Notification.create({
        key: `${input.eventKey}:${recipientId}`,
        recipientId,
        type: input.type,
        target: { kind: input.target.kind, id: input.target.id, meetingId: input.target.meetingId ?? null, documentId: input.target.documentId ?? null },
        actorId: input.actorId,
        details: JSON.stringify(input.details ?? {}),
        inApp,
        email,
      });
      return doc.toObject() as NotificationRecord;
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  /** Queues the e-mail of one notification; idempotent (the job's key is the notification's). */
  async queueMail(record: Pick<NotificationRecord, "_id" | "recipientId">, to: string, language: Language): Promise<void> {
    if (!this.deps.mail) return;
    const id = String(record._id);
    await this.deps.mail.enqueue({ key: `notification:${id}`, template: "notification", to, userId: record.recipientId, language, payload: { notificationId: id } });
    await Notification.updateOne({ _id: record._id }, { $set: { mailQueuedAt: new Date() } });
  }
}
