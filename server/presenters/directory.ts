import type { ContactPointKind, ContactTag, DirectoryLanguage } from "../../shared/directory";
import type {
  ContactPointCard,
  DirectoryOrganisationRef,
  Freshness,
  PresentedContactPoint,
  PresentedContactPointSummary,
  PresentedDirectoryOrganisation,
} from "../../shared/directoryTypes";
import type { Country } from "../../shared/domain";
import { freshnessStatus } from "../directory/freshness";
import type { ContactPointFields } from "../models/ContactPoint";
import { organisationDiscipline, type OrganisationDocument, type OrganisationFields } from "../models/Organisation";
import { can, type Actor } from "../policies";
import { maySeeMobiles } from "../policies/directory";

/** Organisations by id, as loaded for a page (no $lookup: a second query). */
export type OrganisationsById = Map<string, OrganisationDocument>;
/** Names of the users a page refers to. */
export type NamesById = Map<string, string>;

type StoredContactPoint = ContactPointFields & { _id: unknown; createdAt?: Date; updatedAt?: Date };
type StoredOrganisation = OrganisationFields & { _id: unknown; id?: string; updatedAt?: Date };

const names = (organisation: StoredOrganisation | undefined) => ({
  nl: organisation?.officialNames?.nl ?? "",
  fr: organisation?.officialNames?.fr ?? "",
  en: organisation?.officialNames?.en ?? "",
});

const channelsOf = (organisation: StoredOrganisation | undefined) => ({
  switchboard: organisation?.channels?.switchboard ?? "",
  secureMailbox: organisation?.channels?.secureMailbox ?? "",
  hours: organisation?.channels?.hours ?? "",
  available24x7: organisation?.channels?.available24x7 ?? false,
});

/** What the organisation rules need to know. */
export const organisationTarget = (organisation: Pick<StoredOrganisation, "_id" | "editorIds">) => ({
  id: String(organisation._id),
  editorIds: [...(organisation.editorIds ?? [])],
});

export const contactPointTarget = (contactPoint: Pick<StoredContactPoint, "kind" | "linkedUserId" | "organisationId">, organisation: StoredOrganisation | undefined) => ({
  kind: contactPoint.kind,
  linkedUserId: contactPoint.linkedUserId ?? null,
  organisation: organisation ? organisationTarget(organisation) : { id: contactPoint.organisationId, editorIds: [] },
});

export function presentDirectoryOrganisation(organisation: OrganisationDocument, actor: Actor): PresentedDirectoryOrganisation {
  const target = organisationTarget(organisation);
  return {
    id: organisation.id,
    name: organisation.name,
    discipline: organisationDiscipline(organisation),
    country: organisation.country as Country,
    officialNames: names(organisation),
    address: {
      street: organisation.address?.street ?? "",
      postalCode: organisation.address?.postalCode ?? "",
      city: organisation.address?.city ?? "",
    },
    website: organisation.website ?? "",
    languages: [...(organisation.languages ?? [])] as DirectoryLanguage[],
    channels: channelsOf(organisation),
    editorIds: [...(organisation.editorIds ?? [])],
    updatedAt: ((organisation.get("updatedAt") as Date | undefined) ?? new Date(0)).toISOString(),
    policies: {
      update: can(actor, "organisation.update", target),
      manageEditors: can(actor, "organisation.manageEditors"),
      addContactPoint: can(actor, "contactPoint.create", target),
    },
  };
}

function organisationRef(contactPoint: StoredContactPoint, organisation: StoredOrganisation | undefined): DirectoryOrganisationRef {
  return {
    id: contactPoint.organisationId,
    name: organisation?.name ?? "",
    officialNames: names(organisation),
    country: (organisation?.country ?? contactPoint.country) as Country,
    discipline: organisation ? organisationDiscipline(organisation) : "other",
  };
}

export const displayName = (contactPoint: Pick<StoredContactPoint, "kind" | "name" | "function">) =>
  contactPoint.kind === "person" && contactPoint.name ? contactPoint.name : contactPoint.function;

function freshness(contactPoint: StoredContactPoint, people: NamesById, now: Date): Freshness {
  const verifiedBy = contactPoint.verifiedBy ? { id: contactPoint.verifiedBy, name: people.get(contactPoint.verifiedBy) ?? "" } : null;
  return {
    status: freshnessStatus(contactPoint.nextVerificationAt, now),
    verifiedAt: contactPoint.verifiedAt.toISOString(),
    verifiedBy,
    nextVerificationAt: contactPoint.nextVerificationAt.toISOString(),
    verificationRequestedAt: contactPoint.verificationRequestedAt?.toISOString() ?? null,
  };
}

export function presentContactPointSummary(contactPoint: StoredContactPoint, organisations: OrganisationsById, people: NamesById, now: Date): PresentedContactPointSummary {
  const organisation = organisations.get(contactPoint.organisationId);
  const linked = contactPoint.linkedUserId;
  return {
    id: String(contactPoint._id),
    kind: contactPoint.kind as ContactPointKind,
    name: contactPoint.name ?? "",
    function: contactPoint.function,
    displayName: displayName(contactPoint),
    organisation: organisationRef(contactPoint, organisation),
    country: contactPoint.country as Country,
    languages: [...(contactPoint.languages ?? [])] as DirectoryLanguage[],
    tags: [...(contactPoint.tags ?? [])] as ContactTag[],
    linkedUser: linked ? { id: linked, name: people.get(linked) ?? "" } : null,
    freshness: freshness(contactPoint, people, now),
  };
}

/** The whole entry. A personal mobile is replaced by null for whoever may not see it. */
export function presentContactPoint(contactPoint: StoredContactPoint, organisations: OrganisationsById, people: NamesById, actor: Actor, now: Date): PresentedContactPoint {
  const organisation = organisations.get(contactPoint.organisationId);
  const target = contactPointTarget(contactPoint, organisation);
  const channels = contactPoint.channels;
  return {
    ...presentContactPointSummary(contactPoint, organisations, people, now),
    channels: {
      phone: channels?.phone ?? "",
      mobile: maySeeMobiles(actor) ? (channels?.mobile ?? "") : null,
      email: channels?.email ?? "",
      secureEmail: channels?.secureEmail ?? "",
      hours: channels?.hours ?? "",
    },
    notes: contactPoint.notes ?? "",
    organisationChannels: channelsOf(organisation),
    createdAt: (contactPoint.createdAt ?? contactPoint.verifiedAt).toISOString(),
    updatedAt: (contactPoint.updatedAt ?? contactPoint.verifiedAt).toISOString(),
    policies: {
      update: can(actor, "contactPoint.update", target),
      delete: can(actor, "contactPoint.delete", target),
      verify: can(actor, "contactPoint.verify", target),
    },
  };
}

export function presentContactPointCard(contactPoint: StoredContactPoint, organisations: OrganisationsById, now: Date): ContactPointCard {
  const organisation = organisations.get(contactPoint.organisationId);
  return {
    id: String(contactPoint._id),
    kind: contactPoint.kind as ContactPointKind,
    displayName: displayName(contactPoint),
    function: contactPoint.function,
    organisation: { id: contactPoint.organisationId, name: organisation?.name ?? "" },
    country: contactPoint.country as Country,
    freshness: freshnessStatus(contactPoint.nextVerificationAt, now),
  };
}
