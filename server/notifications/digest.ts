import { brusselsLocalToInstant, brusselsToday } from "../../shared/brusselsTime";
import { DIGEST_TIME } from "../../shared/notificationTypes";
import type { Language } from "../../shared/languages";
import type { MailQueue } from "../mail/mailQueue";
import { MailJob } from "../models/MailJob";
import { Notification } from "../models/Notification";
import { User, userMayUseAccount } from "../models/User";
import { addDays } from "./reminders";

/**
 * The latest digest moment at or before `now`: today at 08:00 Brussels time, or yesterday's when it
 * is not 08:00 yet. Computed on the Brussels calendar, so a day with a daylight-saving change still
 * has its digest at 08:00 local time (06:00 UTC in summer, 07:00 UTC in winter).
 */
export function lastDigestMoment(now: Date): { day: string; at: Date } {
  const today = brusselsToday(now);
  const todays = brusselsLocalToInstant(`${today}T${DIGEST_TIME}`);
  if (todays.getTime() <= now.getTime()) return { day: today, at: todays };
  const yesterday = addDays(today, -1);
  return { day: yesterday, at: brusselsLocalToInstant(`${yesterday}T${DIGEST_TIME}`) };
}

/**
 * Queues each person's digest of the notifications they chose to get that way and that were
 * created before the digest moment. One job per person and day (its key is unique, so two processes
 * or a re-run queue one); the notifications it took are marked with it and go in no other digest.
 * A server that was down at 08:00 sends the digest when it comes back.
 */
export async function runDigest(mail: MailQueue, now: Date): Promise<number> {
  const { day, at } = lastDigestMoment(now);
  const waiting = await Notification.find({ email: "daily_digest", digestJobId: null, createdAt: { $lt: at } }, { recipientId: 1 }).sort({ createdAt: 1 }).limit(5_000).lean();
  const byRecipient = new Map<string, string[]>();
  for (const n of waiting) byRecipient.set(n.recipientId, [...(byRecipient.get(n.recipientId) ?? []), String(n._id)]);
  const users = await User.find({ _id: { $in: [...byRecipient.keys()] } }, { email: 1, language: 1, active: 1, accessUntil: 1 }).lean();
  let queued = 0;
  for (const user of users) {
    const userId = String(user._id);
    const ids = byRecipient.get(userId)!;
    if (!userMayUseAccount(user, now)) {
      await Notification.updateMany({ _id: { $in: ids } }, { $set: { digestJobId: "none" } });
      continue;
    }
    const key = `digest:${userId}:${day}`;
    const job = await mail.enqueue({ key, template: "digest", to: user.email, userId, language: (user.language ?? "en") as Language, payload: { day, notificationIds: ids } });
    // A job that was already there (another process, or a crash before marking) keeps its own list.
    const taken = job.created ? ids : ((JSON.parse((await MailJob.findById(job.id, { payload: 1 }).lean())?.payload ?? "{}") as { notificationIds?: string[] }).notificationIds ?? []);
    await Notification.updateMany({ _id: { $in: taken }, digestJobId: null }, { $set: { digestJobId: job.id } });
    if (job.created) queued++;
  }
  return queued;
}
