import { EventEmitter } from "node:events";

/** What happened in the domain that other parts (realtime) react to. Typed, in-process. */
interface DomainEventMap {
  /** Sessions that no longer exist: their sockets must go. */
  "sessions.revoked": [sessionIds: string[]];
  /** A user who lost access (deactivated, role changed, password reset): their sockets must go. */
  "user.accessChanged": [userId: string];
  /** A document's classification, members or status changed (null: deleted). */
  "document.accessChanged": [documentId: string, facts: import("./policies/documents").DocumentAccessFacts | null];
  /** A meeting changed (agenda, live state, attendance, records…): its room hears of it. */
  "meeting.changed": [event: import("./meetings/meetingEvents").MeetingChangeEvent];
  /** A contact point's owners are asked to confirm or update it (the six-monthly cycle). */
  "contactPoint.verificationDue": [event: import("./directory/verificationCycle").ContactPointVerificationDue];
}

class DomainEvents extends EventEmitter<DomainEventMap> {}

export const domainEvents = new DomainEvents();
domainEvents.setMaxListeners(50);
