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
import type { OrganisationDocument } from "../models/Organisation";
import type { UserDocument } from "../models/User";

export type OrganisationLookup = Map<string, OrganisationDocument>;

export function presentOrganisation(organisation: OrganisationDocument | undefined | null): PresentedOrganisation | null {
  if (!organisation) return null;
  return {
    id: organisation.id,
    name: organisation.name,
    discipline: organisationDiscipline(organisation),
    country: organisation.country as Country,
  };
}

const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export function presentAccount(user: UserDocument, organisations: OrganisationLookup): PresentedAccount {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    language: user.language as Language,
    organisation: presentOrganisation(user.organisationId ? organisations.get(String(user.organisationId)) : null),
    twoFactorEnabled: Boolean(user.totp?.enabledAt),
    accessUntil: isoDate(user.accessUntil),
  };
}

export function presentUser(user: UserDocument, organisations: OrganisationLookup): PresentedUser {
  return {
    ...presentAccount(user, organisations),
    active: user.active,
    createdAt: (user.get("createdAt") as Date).toISOString(),
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
