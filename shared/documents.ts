/** Vocabulary of good-practice documents (PRODUCT.md §3), shared by server and client. */

export const EXPLOITATION_FORMS = ["sexual", "labour", "forced_begging", "forced_criminality", "organ_removal"] as const;
export const DOMAINS = [
  "identification",
  "shelter_and_care",
  "referral",
  "investigation_and_prosecution",
  "residence_permits",
  "prevention",
] as const;
export const DOCUMENT_TAGS = [...EXPLOITATION_FORMS, ...DOMAINS] as const;
export type DocumentTag = (typeof DOCUMENT_TAGS)[number];

export const CLASSIFICATIONS = ["public", "internal", "restricted"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const DOCUMENT_STATUSES = ["draft", "published", "archived"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** case_exercise: the fictitious case a mixed group works on at a joint training. */
export const DOCUMENT_TEMPLATES = ["blank", "good_practice", "case_exercise"] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

/** Section headings of the good-practice template, in the order they appear. */
export const GOOD_PRACTICE_SECTIONS = [
  "context",
  "countries",
  "actors",
  "procedure",
  "results",
  "lessons_learned",
  "contact_point",
] as const;

export const DOCUMENT_LIMITS = {
  titleMax: 200,
  /** Largest single collaboration message (sync or awareness), as the socket allows. */
  messageBytes: 1024 * 1024,
  /** A state vector sent with doc.join: 64 KB is thousands of clients. */
  stateVectorBytes: 64 * 1024,
  /** Largest awareness (presence) update; a cursor and a name need a few hundred bytes. */
  awarenessBytes: 64 * 1024,
  /** Awareness client ids one connection may speak for (one per open copy of the document). */
  awarenessClientsPerConnection: 8,
  /**
   * Updates of one document accepted but not yet stored (queued or being written). Beyond it the
   * server answers `busy` instead of queueing more: the database is not keeping up.
   */
  unstoredUpdatesMax: 1000,
  /** Updates stored before they are compacted into a snapshot. */
  compactEvery: 500,
  /** Automatic versions: after this pause in editing… */
  autoVersionPauseMs: 60_000,
  /** …and at most one per this much activity. */
  autoVersionEveryMs: 10 * 60_000,
  versionNameMax: 120,
} as const;
