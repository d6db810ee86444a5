import { brusselsToday } from "../../shared/brusselsTime";
import { DUE_SOON_DAYS } from "../../shared/notificationTypes";
import { ActionItem } from "../models/ActionItem";
import { Notification } from "../models/Notification";
import type { Notifier } from "./notifier";

/** A calendar date plus n days ("2026-03-29" + 3 → "2026-04-01"); dates, not instants, so no DST to mind. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Overdue items older than this are not reminded of any more (a server down for weeks does not flood anyone). */
const OVERDUE_LOOKBACK_DAYS = 60;

/**
 * Action item reminders: "due soon" once the due date is at most three days away, "overdue" once
 * it has passed and the item is not done. Each is sent once per item and due date: the reminder's
 * key is the notification's unique key (an insert that fails the second time, in any process), so
 * a restart or a second server never reminds twice; a new due date is a new reminder.
 */
export async function runActionReminders(notifier: Notifier, now: Date): Promise<number> {
  const today = brusselsToday(now);
  const items = await ActionItem.find(
    { status: { $ne: "done" }, dueDate: { $ne: null, $gte: addDays(today, -OVERDUE_LOOKBACK_DAYS), $lte: addDays(today, DUE_SOON_DAYS) } },
    { ownerId: 1, meetingId: 1, dueDate: 1 },
  ).lean();
  const reminders = items.map((item) => {
    const type = item.dueDate! < today ? ("action_overdue" as const) : ("action_due_soon" as const);
    return { item, type, eventKey: `${type}:${item._id}:${item.dueDate}` };
  });
  // Skip at once what was already reminded (the unique key would refuse it anyway).
  const done = new Set((await Notification.find({ key: { $in: reminders.map((r) => `${r.eventKey}:${r.item.ownerId}`) } }, { key: 1 }).lean()).map((n) => n.key));
  let sent = 0;
  for (const { item, type, eventKey } of reminders) {
    if (done.has(`${eventKey}:${item.ownerId}`)) continue;
    const created = await notifier.notify({
      type,
      recipientIds: [item.ownerId],
      target: { kind: "actionItem", id: String(item._id), meetingId: item.meetingId },
      actorId: null,
      eventKey,
      details: { dueDate: item.dueDate! },
    });
    sent += created.length;
  }
  return sent;
}
