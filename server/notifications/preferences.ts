import { DEFAULT_PREFERENCES, NOTIFICATION_TYPES, type EmailMode, type NotificationPreference, type NotificationType } from "../../shared/notificationTypes";
import { NotificationPreference as PreferenceModel } from "../models/NotificationPreference";

export type PreferenceTable = Map<NotificationType, NotificationPreference>;

function table(choices: Array<{ type: string; inApp: boolean; email: string }> = []): PreferenceTable {
  const chosen = new Map(choices.map((c) => [c.type, c]));
  return new Map(
    NOTIFICATION_TYPES.map((type) => {
      const choice = chosen.get(type);
      const fallback = DEFAULT_PREFERENCES[type];
      return [type, { type, inApp: choice?.inApp ?? fallback.inApp, email: (choice?.email as EmailMode | undefined) ?? fallback.email }];
    }),
  );
}

/** Each user's preferences (their choices over the defaults), in one query. */
export async function preferencesOf(userIds: string[]): Promise<Map<string, PreferenceTable>> {
  const docs = await PreferenceModel.find({ _id: { $in: [...new Set(userIds)] } }).lean();
  const byUser = new Map(docs.map((d) => [d._id, d.choices]));
  return new Map(userIds.map((id) => [id, table(byUser.get(id) ?? [])]));
}

export async function preferenceList(userId: string): Promise<NotificationPreference[]> {
  return [...(await preferencesOf([userId])).get(userId)!.values()];
}

/**
 * Applies changes to some types and stores the full rows of every type that differs from the
 * default (so a later change of a default reaches those who never chose).
 */
export async function savePreferences(userId: string, changes: Array<{ type: NotificationType; inApp?: boolean; email?: EmailMode }>): Promise<NotificationPreference[]> {
  const current = (await preferencesOf([userId])).get(userId)!;
  for (const change of changes) {
    const row = current.get(change.type)!;
    current.set(change.type, { type: change.type, inApp: change.inApp ?? row.inApp, email: change.email ?? row.email });
  }
  const choices = [...current.values()].filter((p) => p.inApp !== DEFAULT_PREFERENCES[p.type].inApp || p.email !== DEFAULT_PREFERENCES[p.type].email);
  // One document per user, replaced whole: last writer wins, which is what a settings form means.
  await PreferenceModel.updateOne({ _id: userId }, { $set: { choices } }, { upsert: true });
  return [...current.values()];
}
