/** Shapes the server's presenters return; both sides import them. */
import type { Country, Discipline, Role } from "./domain";
import type { Language } from "./languages";
import type { Classification, DocumentStatus, DocumentTag } from "./documents";

export interface ReadinessStatus {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  version: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  instance?: string;
  requestId?: string;
  issues?: { path: string; message: string }[];
  retryAfter?: number;
}

export interface PresentedOrganisation {
  id: string;
  name: string;
  discipline: Discipline;
  country: Country;
}

/** The signed-in user as they see themselves. */
export interface PresentedAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
  language: Language;
  organisation: PresentedOrganisation | null;
  twoFactorEnabled: boolean;
  /** ISO date; observers only. */
  accessUntil: string | null;
}

/** A user as the secretariat sees them in administration. */
export interface PresentedUser extends PresentedAccount {
  active: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

/**
 * Where the browser's session stands:
 * - anonymous: not signed in;
 * - second_factor: password accepted, TOTP or recovery code needed;
 * - enrolment: signed in only to set up two-factor sign-in (mandatory for this user);
 * - signed_in: full access.
 */
export type SessionStage = "anonymous" | "second_factor" | "enrolment" | "signed_in";

export interface SessionState {
  stage: SessionStage;
  account: PresentedAccount | null;
  /** Send as the X-CSRF-Token header on every state-changing request. */
  csrfToken: string;
  /** What the signed-in user may do in the interface (the server checks again on every call). */
  abilities: Abilities;
}

export interface Abilities {
  manageUsers: boolean;
  manageInvitations: boolean;
  manageSettings: boolean;
  readAuditLog: boolean;
  readQuarantine: boolean;
}

export interface PresentedSession {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  userAgent: string;
}

export interface PresentedInvitation {
  id: string;
  email: string;
  name: string | null;
  language: Language | null;
  role: Role;
  organisation: PresentedOrganisation | null;
  accessUntil: string | null;
  status: "pending" | "accepted" | "revoked" | "expired";
  createdAt: string;
  expiresAt: string;
  invitedBy: string;
}

/** Returned once, when an invitation or reset is created: the link is never shown again. */
export interface CreatedLink {
  link: string;
  expiresAt: string;
  /** True when it was also queued to be e-mailed (asked for, and mail is on). */
  emailQueued: boolean;
}

export interface InvitationPreview {
  email: string;
  role: Role;
  /** What the secretariat gave as the invitee's name and language: the account form starts from them. */
  name: string | null;
  language: Language | null;
  expiresAt: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  /** data: URL of a PNG QR code */
  qrDataUrl: string;
}

export interface RecoveryCodes {
  codes: string[];
}

export interface PresentedSettings {
  require2faForAll: boolean;
  /** E-mails may name internal items (never restricted ones). */
  includeExcerpts: boolean;
  /** Outgoing mail: on or off (no SMTP_URL), what waits and what failed. */
  mail: import("./notificationTypes").PresentedMailStatus;
}

export interface PresentedAuditEntry {
  seq: number;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  target: { type: string; id: string; label: string } | null;
  ip: string;
  result: "success" | "failure" | "denied";
  details: Record<string, unknown>;
  hash: string;
}

export interface PresentedDocument {
  id: string;
  title: string;
  language: Language;
  countries: Country[];
  tags: DocumentTag[];
  classification: Classification;
  status: DocumentStatus;
  memberIds: string[];
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** The published version (the last that passed the personal-data guard), or null if never published. */
  publication: { at: string; by: string; hash: string } | null;
  /** A good-practice draft made from a training group's case: where it came from (absent otherwise). */
  origin?: { documentId: string; trainingId: string; group: number };
  /** What the caller may do with it (the server checks again on every call and every edit). */
  policies: { read: boolean; update: boolean; manage: boolean; publish: boolean; readDraft: boolean };
}

/** A document's two states: the published version and whether the working draft has moved on. */
export interface PresentedPublication {
  publication: PresentedDocument["publication"];
  changedSincePublication: boolean;
}

export interface PresentedDocumentVersion {
  id: string;
  /** Its place in the history, 1 being the oldest ("version 3"). */
  number: number;
  name: string | null;
  kind: "auto" | "named" | "restore";
  createdAt: string;
  authors: { id: string; name: string }[];
}

/** One run of words in a compared block: the same in both, only in the newer (insert) or only in the older (delete). */
export interface ComparisonSegment {
  change: "equal" | "insert" | "delete";
  text: string;
}

/** A block (paragraph, heading, list item, …) of a comparison: unchanged, added, removed or changed word by word. */
export interface ComparisonBlock {
  kind: "paragraph" | "heading" | "listItem" | "taskItem" | "quote" | "code" | "cell" | "rule";
  /** Heading level (1–3), else null. */
  level: number | null;
  change: "equal" | "insert" | "delete" | "modify";
  segments: ComparisonSegment[];
}

/** Two states of a document side by side: `from` (older, what was deleted) and `to` (what was inserted). */
export interface PresentedVersionComparison {
  from: PresentedDocumentVersion;
  /** null: the current text. */
  to: PresentedDocumentVersion | null;
  blocks: ComparisonBlock[];
  /** Words inserted and deleted, for the summary. */
  insertedWords: number;
  deletedWords: number;
}

export interface PresentedFinding {
  kind: string;
  key: string;
  text: string;
  /** Why it was flagged: a code the client translates (see PERSONAL_DATA_REASONS), and the context word as written. */
  reason: string;
  reasonContext: string | null;
  /** The value with most characters hidden, for lists and summaries ("A. P******"). */
  masked: string;
  acknowledged: { by: string; at: string } | null;
  /** Set when the finding does not count here: in minutes, the name of one of the workspace's accounts (never blocks, nothing to acknowledge). */
  exempt?: "account_name";
}

/** A stored piece of a document's state that could not be applied and was moved aside (no bytes). */
export interface PresentedQuarantinedUpdate {
  id: string;
  document: { id: string; title: string | null };
  /** update: one stored update; snapshot: the compacted state; pending: structs waiting for changes never stored. */
  kind: "update" | "snapshot" | "pending";
  seq: number;
  /** Size in bytes. */
  size: number;
  sentBy: { id: string; name: string } | null;
  storedAt: string | null;
  quarantinedAt: string;
  error: string;
}
