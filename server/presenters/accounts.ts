import type {
  PresentedAccount,
  PresentedInvitation,
  PresentedOrganisation,
  PresentedSession,
  PresentedUser,
} from "../../shared/types";
import type { Country, Role } from "../../shared/domain";
import { organisationDiscipline } from "../models/Organisation";
import type { Language } from "../../shared/languages";
import { invitationStatus, type InvitationDocument } from "../models/Invitation";
import type { OrganisationFields } from "../models/Organisation";
import type { UserFields } from "../models/User";

/** What presenting an organisation needs: a lean record or a document. */
export type OrganisationRef = Pick<OrganisationFields, "name" | "discipline" | "country"> & { _id: unknown; type?: string | null };
export type OrganisationLookup = Map<string, OrganisationRef>;

export function presentOrganisation(organisation: OrganisationRef | undefined | null): PresentedOrganisation | null {
  if (!organisation) return null;
  return {
    id: String(organisation._id),
    name: organisation.name,
    discipline: organisationDiscipline(organisation),
    country: organisation.country as Country,
  };
}

const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

/** The fields an account presents: a signed-in user's document, or a lean record of the users list. */
export type AccountRef = Pick<UserFields, "name" | "email" | "role" | "language" | "organisationId" | "accessUntil"> & {
  _id: unknown;
  totp?: { enabledAt?: Date | null } | null;
};
/** What the users list reads: never the password hash or the second-factor secrets. */
export const USER_LIST_FIELDS = { name: 1, email: 1, role: 1, language: 1, organisationId: 1, accessUntil: 1, active: 1, createdAt: 1, lastSignInAt: 1, "totp.enabledAt": 1 } as const;
export type UserRef = AccountRef & Pick<UserFields, "active" | "lastSignInAt"> & { createdAt: Date };

export function presentAccount(user: AccountRef, organisations: OrganisationLookup): PresentedAccount {
  return {
    id: String(user._id),
    name: user.name,
    email: user.email,
    role: user.role as Role,
    language: user.language as Language,
    organisation: presentOrganisation(user.organisationId ? organisations.get(String(user.organisationId)) : null),
    twoFactorEnabled: Boolean(user.totp?.enabledAt),
    accessUntil: isoDate(user.accessUntil),
  };
}

export function presentUser(user: UserRef, organisations: OrganisationLookup): PresentedUser {
  return {
    ...presentAccount(user, organisations),
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}

export function presentInvitation(
  invitation: InvitationDocument,
  organisations: OrganisationLookup,
  inviterNames: Map<string, string>,
): PresentedInvitation {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name ?? null,
    language: (invitation.language as Language | null) ?? null,
    role: invitation.role as Role,
    organisation: presentOrganisation(invitation.organisationId ? organisations.get(String(invitation.organisationId)) : null),
    accessUntil: isoDate(invitation.accessUntil),
    status: invitationStatus(invitation),
    createdAt: (invitation.get("createdAt") as Date).toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    invitedBy: inviterNames.get(String(invitation.invitedBy)) ?? "",
  };
}

export interface SessionRecordLike {
  _id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip?: string | null;
  userAgent?: string | null;
}

export function presentSession(record: SessionRecordLike, currentSessionId: string): PresentedSession {
  return {
    id: record._id,
    current: record._id === currentSessionId,
    createdAt: record.createdAt.toISOString(),
    lastSeenAt: record.lastSeenAt.toISOString(),
    ip: record.ip ?? "",
    userAgent: record.userAgent ?? "",
  };
}
