import type { NotificationType } from "../../shared/notificationTypes";

/** Types whose natural landing place is the minutes' review page rather than the document itself. */
const TO_MINUTES_REVIEW: ReadonlySet<NotificationType> = new Set(["minutes_review", "minutes_approved"]);

/**
 * Where a notification (in the app or by e-mail) takes its reader: the target's own page, except
 * for the minutes review, whose reader should land where amendments are proposed and the approval
 * is shown. The target's readability is checked by the caller either way.
 */
export function notificationPath(type: NotificationType, target: { meetingId?: string | null }, targetPath: string): string {
  return TO_MINUTES_REVIEW.has(type) && target.meetingId ? `/meetings/${encodeURIComponent(target.meetingId)}/minutes-review` : targetPath;
}
