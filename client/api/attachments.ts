import type { AttachmentUploadResult, PresentedAttachment, PresentedAttachmentMatch } from "../../shared/attachmentTypes";
import type { AttachmentTargetKind } from "../../shared/attachments";
import type { Classification } from "../../shared/documents";
import type { Problem } from "../../shared/types";
import { ApiError, apiFetch, csrfTokenForUpload, deleteResource, patchJson } from "./http";

export interface AttachmentTarget {
  kind: AttachmentTargetKind;
  id: string;
  itemId?: string;
}

const targetQuery = (target: AttachmentTarget) =>
  `targetKind=${target.kind}&targetId=${encodeURIComponent(target.id)}${target.itemId ? `&itemId=${encodeURIComponent(target.itemId)}` : ""}`;

export const listAttachments = (target: AttachmentTarget) => apiFetch<PresentedAttachment[]>(`/api/attachments?${targetQuery(target)}`);
/** Files found by words in their text (only those the user may read). */
export const searchAttachments = (q: string) => apiFetch<PresentedAttachmentMatch[]>(`/api/attachments/search?q=${encodeURIComponent(q)}`);
export const deleteAttachment = (id: string) => deleteResource(`/api/attachments/${encodeURIComponent(id)}`);
export const classifyAttachment = (id: string, classification: Classification, confirmPersonalData = false) =>
  patchJson<PresentedAttachment>(`/api/attachments/${encodeURIComponent(id)}`, { classification, confirmPersonalData });
export const downloadUrl = (attachmentId: string, versionId: string) => `/api/attachments/${encodeURIComponent(attachmentId)}/versions/${encodeURIComponent(versionId)}/file`;

/**
 * Sends the file as the raw body over XHR: fetch cannot report upload progress. The server reads
 * the type from the content; the name only labels the file.
 */
export async function uploadAttachment(
  target: AttachmentTarget | { attachmentId: string },
  file: File,
  onProgress: (fraction: number) => void,
  classification?: Classification,
): Promise<AttachmentUploadResult> {
  const token = await csrfTokenForUpload();
  const name = `name=${encodeURIComponent(file.name)}`;
  const url =
    "attachmentId" in target
      ? `/api/attachments/${encodeURIComponent(target.attachmentId)}/versions?${name}`
      : `/api/attachments?${targetQuery(target)}&${name}${classification ? `&classification=${classification}` : ""}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-CSRF-Token", token);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new ApiError({ type: "about:blank", title: "The server cannot be reached", status: 0, code: "network_error" }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as AttachmentUploadResult);
      else reject(new ApiError((body as Problem | undefined) ?? { type: "about:blank", title: "Upload failed", status: xhr.status, code: "bad_response" }));
    };
    xhr.send(file);
  });
}
