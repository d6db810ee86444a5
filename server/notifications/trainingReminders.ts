import { brusselsToday } from "../../shared/brusselsTime";
import { Training } from "../models/Training";
import { TrainingRegistration } from "../models/TrainingRegistration";
import type { Notifier } from "./notifier";
import { addDays } from "./reminders";

/** Participants are reminded this many days (Brussels calendar days) before a training's first day. */
export const TRAINING_REMINDER_DAYS = 2;

/**
 * Reminds every confirmed participant (or, for a colleague without an account, who registered
 * them) once the first day is at most two days away. Once per registration and first day: the
 * notification's unique key makes a re-run, a restart or a second process add nothing, and a new
 * date is a new reminder.
 */
export async function runTrainingReminders(notifier: Notifier, now: Date): Promise<number> {
  const today = brusselsToday(now);
  const horizon = addDays(today, TRAINING_REMINDER_DAYS);
  const soon = (await Training.find({ status: "published" }, { days: 1 }).limit(2000).lean()).flatMap((t) => {
    const first = t.days.map((d) => d.date).sort()[0];
    return first && first >= today && first <= horizon ? [{ id: String(t._id), first }] : [];
  });
  let sent = 0;
  for (const training of soon) {
    for (const registration of await TrainingRegistration.find({ trainingId: training.id, status: "confirmed" }, { userId: 1, registeredBy: 1 }).lean()) {
      const created = await notifier.notify({
        type: "training_reminder",
        recipientIds: [registration.userId ?? registration.registeredBy],
        target: { kind: "training", id: training.id },
        actorId: null,
        eventKey: `training_reminder:${registration._id}:${training.first}`,
        details: { dueDate: training.first },
      });
      sent += created.length;
    }
  }
  return sent;
}
