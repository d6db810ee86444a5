import type { z } from "zod";
import type { Classification, DocumentStatus, DocumentTag } from "../../shared/documents";
import type { Country } from "../../shared/domain";
import type { Language } from "../../shared/languages";
import type { createDocumentSchema, updateDocumentSchema } from "../../shared/schemas/documents";
import type { PresentedDocument, PresentedDocumentVersion, PresentedFinding, PresentedVersionComparison, PresentedUser } from "../../shared/types";
import type { PresentedPublication } from "../../shared/types";
import { apiFetch, patchJson, postJson } from "./http";

/** Good-practice documents: library, settings, personal-data findings, versions, exports. */

export type CreateDocumentInput = z.input<typeof createDocumentSchema>;
export type UpdateDocumentInput = z.input<typeof updateDocumentSchema>;

export interface DocumentFilters {
  q: string;
  tag: DocumentTag | "";
  country: Country | "";
  classification: Classification | "";
  status: DocumentStatus | "";
  language: Language | "";
}

export const EMPTY_FILTERS: DocumentFilters = { q: "", tag: "", country: "", classification: "", status: "", language: "" };

const id = (value: string) => encodeURIComponent(value);

export function listDocuments(filters: DocumentFilters): Promise<PresentedDocument[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value.trim());
  const search = query.toString();
  return apiFetch<PresentedDocument[]>(`/api/documents${search ? `?${search}` : ""}`);
}

export const createDocument = (input: CreateDocumentInput) => postJson<PresentedDocument>("/api/documents", input);

export const getDocument = (documentId: string) => apiFetch<PresentedDocument>(`/api/documents/${id(documentId)}`);

export const updateDocument = (documentId: string, input: UpdateDocumentInput) =>
  patchJson<PresentedDocument>(`/api/documents/${id(documentId)}`, input);

export const listFindings = (documentId: string) => apiFetch<PresentedFinding[]>(`/api/documents/${id(documentId)}/findings`);

export const acknowledgeFinding = (documentId: string, key: string) =>
  postJson<PresentedFinding[]>(`/api/documents/${id(documentId)}/findings/acknowledge`, { key });

export const listVersions = (documentId: string) => apiFetch<PresentedDocumentVersion[]>(`/api/documents/${id(documentId)}/versions`);

export const createVersion = (documentId: string, name: string) =>
  postJson<PresentedDocumentVersion>(`/api/documents/${id(documentId)}/versions`, { name });

export interface VersionContent {
  version: PresentedDocumentVersion;
  /** Base64 of a Yjs update holding the whole document as it was. */
  update: string;
}

export const getVersion = (documentId: string, versionId: string) =>
  apiFetch<VersionContent>(`/api/documents/${id(documentId)}/versions/${id(versionId)}`);

/** What changed from one version to another, or to the current text (`to: "current"`). */
export const compareVersions = (documentId: string, fromId: string, to: string) =>
  apiFetch<PresentedVersionComparison>(`/api/documents/${id(documentId)}/versions/${id(fromId)}/compare?to=${encodeURIComponent(to)}`);

export const restoreVersion = (documentId: string, versionId: string) =>
  postJson<void>(`/api/documents/${id(documentId)}/versions/${id(versionId)}/restore`);

export type ExportFormat = "md" | "html" | "docx" | "pdf";

/** `confirmFindings`: the reader saw the unacknowledged findings and exports the draft anyway (otherwise the server answers 409). */
export const exportUrl = (documentId: string, format: ExportFormat, confirmFindings = false, withComments = false) =>
  `/api/documents/${id(documentId)}/export?format=${format}${confirmFindings ? "&confirm=findings" : ""}${withComments ? "&comments=include" : ""}`;

/** Publish or republish the current version through the personal-data guard (409 with the open findings). */
export const publishDocument = (documentId: string) => postJson<PresentedDocument>(`/api/documents/${id(documentId)}/publish`, {});

export const getPublication = (documentId: string) => apiFetch<PresentedPublication>(`/api/documents/${id(documentId)}/publication`);

/** Secretariat only (abilities.manageUsers): the people who can be named on a restricted document. */
export const listPeople = () => apiFetch<PresentedUser[]>("/api/users");
