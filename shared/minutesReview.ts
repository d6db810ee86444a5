/**
 * Minutes review and sign-off (issue 13, item 6): after a meeting closes, its attendees review the
 * minutes for some days and propose amendments; the secretariat resolves them and signs off, which
 * freezes the minutes (a version with its hash). Later corrections are numbered amendments.
 */
import type { PersonRef } from "./meetingTypes";

export const MINUTES_REVIEW_LIMITS = {
  daysDefault: 10,
  daysMin: 1,
  daysMax: 60,
  amendmentTextMax: 4000,
  resolutionNoteMax: 1000,
  /** Open proposals one person may have at a time (a review is a few dozen at most). */
  openProposalsPerPerson: 50,
} as const;

export const MINUTES_REVIEW_STATUSES = ["open", "approved"] as const;
export type MinutesReviewStatus = (typeof MINUTES_REVIEW_STATUSES)[number];

export const AMENDMENT_STATUSES = ["open", "accepted", "declined"] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];
export const AMENDMENT_OUTCOMES = ["accepted", "declined"] as const;
export type AmendmentOutcome = (typeof AMENDMENT_OUTCOMES)[number];

/** An amendment proposed during the review. */
export interface PresentedMinutesAmendment {
  id: string;
  /** The words of the proposal: its thread's first comment ("" once deleted). */
  text: string;
  /** The comment thread on the minutes document that holds it (null for amendments proposed before they were comments). */
  threadId: string | null;
  author: PersonRef;
  createdAt: string;
  status: AmendmentStatus;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  resolutionNote: string;
}

/** A correction after sign-off: numbered, each hash chained to the one before (the first to the approval). */
export interface PresentedMinutesCorrection {
  number: number;
  text: string;
  author: PersonRef;
  createdAt: string;
  hash: string;
}

/** The frozen, approved minutes. */
export interface PresentedMinutesApproval {
  versionId: string;
  /** SHA-256 (hex) of the frozen version's stored state. */
  hash: string;
  signedBy: PersonRef;
  signedAt: string;
}

export interface MinutesReviewPermissions {
  openReview: boolean;
  propose: boolean;
  resolve: boolean;
  signOff: boolean;
  correct: boolean;
}

export interface PresentedMinutesReview {
  meetingId: string;
  documentId: string | null;
  /** "none": not opened for review yet. */
  status: MinutesReviewStatus | "none";
  openedAt: string | null;
  openedBy: PersonRef | null;
  /** Amendments may be proposed until then. */
  until: string | null;
  amendments: PresentedMinutesAmendment[];
  approval: PresentedMinutesApproval | null;
  corrections: PresentedMinutesCorrection[];
  permissions: MinutesReviewPermissions;
}

/** What an archive record shows of its meeting's approved minutes. */
export interface ApprovedMinutesLink {
  documentId: string;
  signedAt: string;
  hash: string;
}
