import type { CreatedLink, PresentedAuditEntry, PresentedInvitation } from "../../shared/types";

/** Shapes of answers the contract describes inline, not in shared/types.ts. */

/** GET /api/setup/:token and GET /api/password-resets/:token when the link can be used. */
export interface LinkValidity {
  valid: true;
}

/** POST /api/invitations: the invitation and its link, shown once. */
export interface CreatedInvitation {
  invitation: PresentedInvitation;
  link: CreatedLink;
  /** Set by the client: the secretariat asked for the link to be e-mailed. */
  emailRequested?: boolean;
}

/** GET /api/audit: one page, newest first; nextBefore pages to older entries. */
export interface AuditPage {
  entries: PresentedAuditEntry[];
  nextBefore: number | null;
}

/** The filters of the audit log, as the form holds them (empty string: no filter). */
export interface AuditFilters {
  action: string;
  actorId: string;
  result: "" | PresentedAuditEntry["result"];
  from: string;
  to: string;
}
