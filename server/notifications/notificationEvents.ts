/**
 * Domain events that the notifications (issue 13) listen to, emitted by the meeting, action item,
 * archive and document commands. Merged into the domain event map (server/domainEvents.ts).
 */

/** The facts of a meeting that invitations and calendars care about. */
export interface MeetingScheduleFacts {
  status: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  videoUrl: string;
  participantIds: string[];
}

export interface NotificationEventMap {
  /** A meeting was created, or its schedule, status or participants changed (before: null when created). */
  "meeting.scheduleChanged": [event: { meetingId: string; byUserId: string; before: MeetingScheduleFacts | null; after: MeetingScheduleFacts }];
  /** An action item was given to someone (on creation, or a new owner). */
  "actionItem.assigned": [event: { actionItemId: string; meetingId: string; ownerId: string; byUserId: string | null }];
  /** A meeting was finalised: its decisions entered the archive under these numbers. */
  "decisions.archived": [event: { meetingId: string; numbers: string[]; byUserId: string }];
  /** An archive record was corrected by an amendment (a new record). */
  "archive.amended": [event: { meetingId: string; number: string; amends: string; byUserId: string }];
  /** People were named on a document (on creation or a change of its members): the additions only. */
  "document.membersAdded": [event: { documentId: string; userIds: string[]; byUserId: string }];
  /** Training registrations got a seat: at once when registering, or moved up from the waiting list. */
  "training.seated": [event: { trainingId: string; registrationIds: string[]; how: "registered" | "movedUp" }];
  /** A notification was stored; realtime tells its recipient. */
  "notification.created": [event: { notificationId: string; recipientId: string }];
  /** Notifications were marked read (ids, or all); realtime tells the recipient's other tabs. */
  "notification.read": [event: { recipientId: string; ids: string[] | "all" }];
}

/** The schedule facts of a stored meeting. */
export function scheduleFacts(meeting: { status: string; title: string; startsAt: Date; durationMinutes: number; place?: string | null; videoUrl?: string | null; participantIds?: string[] | null }): MeetingScheduleFacts {
  return {
    status: meeting.status,
    title: meeting.title,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    place: meeting.place ?? "",
    videoUrl: meeting.videoUrl ?? "",
    participantIds: [...(meeting.participantIds ?? [])],
  };
}
