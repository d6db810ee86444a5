import type { NotificationDetails, NotificationTargetKind, NotificationType, PresentedNotification } from "../../shared/notificationTypes";
import type { NotificationRecord } from "../models/Notification";
import { notificationPath } from "../notifications/notificationLinks";
import { resolveTargets, targetKey, type TargetRef } from "../notifications/notificationTargets";
import type { Actor } from "../policies";
import { userNames } from "./userNames";

/**
 * Notifications as their recipient sees them now. Each target is looked up and the policy asked
 * again: what the recipient can no longer read (access lost, deleted) is shown without its title
 * and without a link — they still learn that something happened, which they were told already,
 * but nothing of what it is now.
 */
export async function presentNotifications(records: NotificationRecord[], recipient: Actor): Promise<PresentedNotification[]> {
  const targets = await resolveTargets(records.map((r) => r.target as TargetRef));
  const names = await userNames(records.map((r) => r.actorId));
  return records.map((record) => {
    const target = targets.get(targetKey(record.target as TargetRef));
    const available = Boolean(target?.readableBy(recipient));
    const details = JSON.parse(record.details || "{}") as NotificationDetails;
    const link = available ? `${notificationPath(record.type as NotificationType, record.target, target!.link(recipient))}${details.threadId ? `?thread=${encodeURIComponent(details.threadId)}` : ""}` : null;
    return {
      id: String(record._id),
      type: record.type as NotificationType,
      createdAt: record.createdAt.toISOString(),
      readAt: record.readAt?.toISOString() ?? null,
      actor: record.actorId && names.has(record.actorId) ? { id: record.actorId, name: names.get(record.actorId)! } : null,
      target: {
        kind: record.target.kind as NotificationTargetKind,
        id: record.target.id,
        meetingId: record.target.meetingId ?? null,
        documentId: record.target.documentId ?? null,
        title: available ? target!.title : null,
        available,
      },
      link,
      details,
    };
  });
}
