/** What the directory's and the pathways' presenters return; both sides import these shapes. */
import type {
  ContactPointKind,
  ContactTag,
  CrossBorderSituation,
  DirectoryCountry,
  DirectoryLanguage,
  ExploitationTag,
  FreshnessStatus,
  PathwayKind,
  PathwayStage,
} from "./directory";
import type { Country } from "./domain";
import type { Language } from "./languages";
import type { PersonRef } from "./meetingTypes";
import type { PresentedOrganisation } from "./types";

export interface LocalisedNames {
  nl: string;
  fr: string;
  en: string;
}

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
}

export interface OrganisationChannels {
  switchboard: string;
  secureMailbox: string;
  hours: string;
  available24x7: boolean;
}

/** An organisation with its directory entry (a superset of PresentedOrganisation). */
export interface PresentedDirectoryOrganisation extends PresentedOrganisation {
  officialNames: LocalisedNames;
  address: PostalAddress;
  website: string;
  languages: DirectoryLanguage[];
  channels: OrganisationChannels;
  editorIds: string[];
  updatedAt: string;
  /** What the caller may do with it (the server checks again on every call). */
  policies: { update: boolean; manageEditors: boolean; addContactPoint: boolean };
}

/** The organisation as a contact point shows it. */
export interface DirectoryOrganisationRef {
  id: string;
  name: string;
  officialNames: LocalisedNames;
  country: Country;
  discipline: PresentedOrganisation["discipline"];
}

export interface Freshness {
  status: FreshnessStatus;
  verifiedAt: string;
  verifiedBy: PersonRef | null;
  /** The date by which it must be confirmed again (six months after the last time). */
  nextVerificationAt: string;
  /** When the verification cycle asked its owner to confirm it (null: not asked in this cycle). */
  verificationRequestedAt: string | null;
}

/** A contact point in a list or search result: who and what for, not how to reach them. */
export interface PresentedContactPointSummary {
  id: string;
  kind: ContactPointKind;
  /** The person's name; "" for a function-based entry. */
  name: string;
  function: string;
  /** The name for a person, the function otherwise. */
  displayName: string;
  organisation: DirectoryOrganisationRef;
  country: Country;
  languages: DirectoryLanguage[];
  tags: ContactTag[];
  linkedUser: PersonRef | null;
  freshness: Freshness;
}

export interface ContactPointChannels {
  phone: string;
  /** Null when the caller may not see personal mobiles (observers); "" when there is none. */
  mobile: string | null;
  email: string;
  secureEmail: string;
  hours: string;
}

/** One contact point with its channels: opening a named person's card is audited. */
export interface PresentedContactPoint extends PresentedContactPointSummary {
  channels: ContactPointChannels;
  notes: string;
  /** The organisation's general channels, shown beside the entry's own. */
  organisationChannels: OrganisationChannels;
  createdAt: string;
  updatedAt: string;
  policies: { update: boolean; delete: boolean; verify: boolean };
}

export interface ContactPointPage {
  items: PresentedContactPointSummary[];
  total: number;
  offset: number;
  limit: number;
}

/** How agenda items, decisions, documents and pathways show a referenced contact point. */
export interface ContactPointCard {
  id: string;
  kind: ContactPointKind;
  displayName: string;
  function: string;
  organisation: { id: string; name: string };
  country: Country;
  freshness: FreshnessStatus;
}

export interface ContactPointCards {
  cards: ContactPointCard[];
  /** Ids that do not exist or that the caller may not see (not told apart). */
  missing: string[];
}

/** The Tiptap node a document uses to reference a contact point (client, later): its name and attribute. */
export const CONTACT_POINT_NODE = { name: "contactPointRef", idAttribute: "contactPointId" } as const;

/** The "contact point" section of a document from the good-practice template: what it refers to. */
export interface PresentedDocumentContactPoints {
  documentId: string;
  /** Only good-practice documents have the section; others answer with an empty list and no update. */
  template: "blank" | "good_practice";
  contactPointIds: string[];
  policies: { update: boolean };
}

export interface FreshnessCountryReport {
  country: Country;
  total: number;
  fresh: number;
  due: number;
  stale: number;
  /** The entries verified longest ago, oldest first. */
  oldest: Array<ContactPointCard & { verifiedAt: string; nextVerificationAt: string }>;
}

export interface FreshnessReport {
  generatedAt: string;
  countries: FreshnessCountryReport[];
}

export interface PresentedDirectoryGrant {
  userId: string;
  name: string;
  email: string;
  /** The observer's access end (ISO date), if any. */
  accessUntil: string | null;
  /** Named contact points are visible until this date (ISO), or null. */
  peopleUntil: string | null;
}

export interface PresentedPathwayStep {
  id: string;
  /** National pathways: the stage of the referral mechanism; null in cross-border pathways. */
  stage: PathwayStage | null;
  title: string;
  description: string;
  actors: string;
  information: string;
  languages: DirectoryLanguage[];
  contactPointIds: string[];
  /** The referenced contact points the caller may see. */
  contactPoints: ContactPointCard[];
}

export interface PresentedPathway {
  id: string;
  kind: PathwayKind;
  country: DirectoryCountry | null;
  fromCountry: DirectoryCountry | null;
  toCountry: DirectoryCountry | null;
  situation: CrossBorderSituation | null;
  exploitation: ExploitationTag[];
  title: string;
  summary: string;
  language: Language;
  steps: PresentedPathwayStep[];
  editorIds: string[];
  version: number;
  updatedAt: string;
  updatedBy: PersonRef | null;
  policies: { update: boolean; manageEditors: boolean; readHistory: boolean };
}

export interface PathwayChange {
  version: number;
  at: string;
  by: PersonRef | null;
  /** "created", or what changed: "title", "steps[2].description", "steps: added “…”". */
  changes: string[];
}

export interface PathwayVersionView extends PathwayChange {
  pathway: PresentedPathway;
}

/** Two countries' referral mechanisms, stage by stage, and the cross-border pathways between them. */
export interface PathwayComparison {
  countries: [DirectoryCountry, DirectoryCountry];
  national: [PresentedPathway | null, PresentedPathway | null];
  stages: Array<{ stage: PathwayStage; steps: [PresentedPathwayStep[], PresentedPathwayStep[]] }>;
  crossBorder: PresentedPathway[];
}
