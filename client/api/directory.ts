import type {
  ContactPointCards,
  ContactPointPage,
  FreshnessReport,
  PathwayChange,
  PathwayComparison,
  PathwayVersionView,
  PresentedContactPoint,
  PresentedContactPointSummary,
  PresentedDirectoryGrant,
  PresentedDirectoryOrganisation,
  PresentedDocumentContactPoints,
  PresentedPathway,
} from "../../shared/directoryTypes";
import type { ContactPointInput, ContactPointUpdate, DirectoryOrganisationUpdate } from "../../shared/schemas/directory";
import type { PathwayCreateInput, PathwayUpdateInput } from "../../shared/schemas/pathways";
import { apiFetch, deleteResource, patchJson, postJson } from "./http";

/** The directory's search filters, as the address and the API both carry them (empty: not set). */
export interface DirectoryFilters {
  q: string;
  country: string;
  discipline: string;
  tag: string;
  language: string;
  kind: string;
  status: string;
  organisationId: string;
}

export const DIRECTORY_FILTER_KEYS = ["q", "country", "discipline", "tag", "language", "kind", "status", "organisationId"] as const satisfies readonly (keyof DirectoryFilters)[];

const id = encodeURIComponent;
const query = (values: Partial<Record<string, string | number>>) =>
  new URLSearchParams(Object.entries(values).filter(([, v]) => v !== "" && v !== undefined).map(([k, v]) => [k, String(v)])).toString();

export const searchContactPoints = (filters: Partial<DirectoryFilters>, offset = 0, limit = 25) =>
  apiFetch<ContactPointPage>(`/api/contact-points?${query({ ...filters, offset, limit })}`);
export const contactPoint = (contactPointId: string) => apiFetch<PresentedContactPoint>(`/api/contact-points/${id(contactPointId)}`);
export const contactPointsToVerify = () => apiFetch<PresentedContactPointSummary[]>("/api/contact-points/to-verify");
export const verifyContactPoint = (contactPointId: string) => postJson<PresentedContactPoint>(`/api/contact-points/${id(contactPointId)}/verification`);
export const updateContactPoint = (contactPointId: string, changes: ContactPointUpdate) => patchJson<PresentedContactPoint>(`/api/contact-points/${id(contactPointId)}`, changes);
export const createContactPoint = (input: ContactPointInput) => postJson<PresentedContactPoint>("/api/contact-points", input);
export const deleteContactPoint = (contactPointId: string) => deleteResource(`/api/contact-points/${id(contactPointId)}`);
export const contactPointCards = (ids: string[]) => apiFetch<ContactPointCards>(`/api/contact-points/cards?${query({ ids: ids.join(",") })}`);

export const directoryOrganisations = (filters: { country?: string; discipline?: string; q?: string } = {}) =>
  apiFetch<PresentedDirectoryOrganisation[]>(`/api/organisations?${query(filters)}`);
export const directoryOrganisation = (organisationId: string) => apiFetch<PresentedDirectoryOrganisation>(`/api/organisations/${id(organisationId)}`);

export const updateDirectoryOrganisation = (organisationId: string, changes: DirectoryOrganisationUpdate) =>
  patchJson<PresentedDirectoryOrganisation>(`/api/organisations/${id(organisationId)}`, changes);

export const setOrganisationEditors = (organisationId: string, editorIds: string[]) =>
  apiFetch<PresentedDirectoryOrganisation>(`/api/organisations/${id(organisationId)}/editors`, { method: "PUT", body: JSON.stringify({ editorIds }) });

export const freshnessReport = () => apiFetch<FreshnessReport>("/api/directory/freshness");
export const directoryGrants = () => apiFetch<PresentedDirectoryGrant[]>("/api/directory/grants");
export const setDirectoryGrant = (userId: string, until: string | null) =>
  apiFetch<PresentedDirectoryGrant>(`/api/directory/grants/${id(userId)}`, { method: "PUT", body: JSON.stringify({ until }) });

/** Export addresses: the browser downloads them (the session cookie goes along). */
export const directoryExportUrl = (format: "csv" | "pdf" | "vcf", filters: Partial<DirectoryFilters>) => `/api/directory/export.${format}?${query(filters)}`;
export const contactPointVcardUrl = (contactPointId: string) => `/api/contact-points/${id(contactPointId)}/vcard`;

export const pathways = (filters: { kind?: string; country?: string } = {}) => apiFetch<PresentedPathway[]>(`/api/pathways?${query(filters)}`);
export const pathway = (pathwayId: string) => apiFetch<PresentedPathway>(`/api/pathways/${id(pathwayId)}`);
export const comparePathways = (a: string, b: string) => apiFetch<PathwayComparison>(`/api/pathways/compare?${query({ countries: `${a},${b}` })}`);
export const pathwayHistory = (pathwayId: string) => apiFetch<PathwayChange[]>(`/api/pathways/${id(pathwayId)}/history`);
export const pathwayVersion = (pathwayId: string, version: number) => apiFetch<PathwayVersionView>(`/api/pathways/${id(pathwayId)}/versions/${version}`);
export const updatePathway = (pathwayId: string, input: PathwayUpdateInput) =>
  apiFetch<PresentedPathway>(`/api/pathways/${id(pathwayId)}`, { method: "PUT", body: JSON.stringify(input) });
export const createPathway = (input: PathwayCreateInput) => postJson<PresentedPathway>("/api/pathways", input);
export const setPathwayEditors = (pathwayId: string, editorIds: string[]) =>
  apiFetch<PresentedPathway>(`/api/pathways/${id(pathwayId)}/editors`, { method: "PUT", body: JSON.stringify({ editorIds }) });

export const documentContactPoints = (documentId: string) => apiFetch<PresentedDocumentContactPoints>(`/api/documents/${id(documentId)}/contact-points`);
export const setDocumentContactPoints = (documentId: string, contactPointIds: string[]) =>
  apiFetch<PresentedDocumentContactPoints>(`/api/documents/${id(documentId)}/contact-points`, { method: "PUT", body: JSON.stringify({ contactPointIds }) });
