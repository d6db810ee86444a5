import { useId, useState } from "react";
import type { PresentedAttachment } from "../../../shared/attachmentTypes";
import { ATTACHMENT_ACCEPT } from "../../../shared/attachments";
import { deleteAttachment, downloadUrl, listAttachments, uploadAttachment, type AttachmentTarget } from "../../api/attachments";
import { toApiError, useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { Notice } from "../Notice";
import { problemMessage } from "../problems";
import { ResourceView } from "../ResourceView";

const sizeText = (bytes: number, language: string) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(language)} KB` : `${(bytes / (1024 * 1024)).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;

/**
 * The files of a document, meeting or training: download, upload with progress (XHR), new versions,
 * delete. The server decides who may do what; `canUpload` only hides the picker.
 */
export function AttachmentList({ target, canUpload, title, level = 2 }: { target: AttachmentTarget; canUpload: boolean; title?: string; level?: 2 | 3 }) {
  const Heading = level === 3 ? "h3" : "h2";
  const { t, language } = useI18n();
  const headingId = useId();
  const inputId = useId();
  const { resource, reload, update } = useResource(() => listAttachments(target), `${target.kind}:${target.id}:${target.itemId ?? ""}`);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [message, setMessage] = useState<{ kind: "success" | "warning" | "error"; text: string } | null>(null);

  const send = async (file: File, attachmentId?: string) => {
    setMessage(null);
    setProgress({ name: file.name, fraction: 0 });
    try {
      const result = await uploadAttachment(attachmentId ? { attachmentId } : target, file, (fraction) => setProgress({ name: file.name, fraction }));
      update((list) => [result.attachment, ...list.filter((a) => a.id !== result.attachment.id)]);
      setMessage(result.personalDataWarning ? { kind: "warning", text: t("attachments.personalData", { name: file.name }) } : { kind: "success", text: t("attachments.uploaded", { name: file.name }) });
    } catch (failure) {
      setMessage({ kind: "error", text: problemMessage(toApiError(failure).problem, t, language) });
    } finally {
      setProgress(null);
    }
  };

  const remove = async (attachment: PresentedAttachment) => {
    try {
      await deleteAttachment(attachment.id);
      update((list) => list.filter((a) => a.id !== attachment.id));
      setMessage({ kind: "success", text: t("attachments.deleted") });
    } catch (failure) {
      setMessage({ kind: "error", text: problemMessage(toApiError(failure).problem, t, language) });
    }
  };

  return (
    <section className="section attachments" aria-labelledby={headingId}>
      <Heading id={headingId}>{title ?? t("attachments.title")}</Heading>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <ResourceView resource={resource} onRetry={reload} isEmpty={(list) => list.length === 0} empty={<p>{t("attachments.empty")}</p>}>
        {(list) => (
          <ul className="attachment-list">
            {list.map((attachment) => {
              const latest = attachment.versions[0]!;
              return (
                <li key={attachment.id} data-testid="attachment">
                  <a href={downloadUrl(attachment.id, latest.id)} download aria-label={t("attachments.download", { name: latest.name })}>
                    {latest.name}
                  </a>{" "}
                  <span className="tag">{t(`classification.${attachment.classification}`)}</span>
                  <p className="meta">
                    {t("attachments.meta", { size: sizeText(latest.size, language), by: latest.uploadedBy.name, date: new Date(latest.uploadedAt).toLocaleDateString(language) })}
                    {" · "}
                    {attachment.versions.length === 1 ? t("attachments.versionsOne") : t("attachments.versionsMany", { count: attachment.versions.length })}
                  </p>
                  {attachment.canManage && (
                    <p className="attachment-actions">
                      <label className="button-secondary button-small">
                        {t("attachments.newVersion", { name: latest.name })}
                        <input type="file" className="visually-hidden" accept={ATTACHMENT_ACCEPT} disabled={progress !== null} onChange={(e) => e.target.files?.[0] && void send(e.target.files[0], attachment.id)} />
                      </label>{" "}
                      <button type="button" className="button-warning button-small" onClick={() => void remove(attachment)}>
                        {t("attachments.delete", { name: latest.name })}
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </ResourceView>
      {progress && (
        <p role="status">
          <label>
            {t("attachments.uploading", { name: progress.name, percent: Math.round(progress.fraction * 100) })}{" "}
            <progress max={1} value={progress.fraction} />
          </label>
        </p>
      )}
      {canUpload && (
        <div className="field">
          <label htmlFor={inputId} className="label">{t("attachments.choose")}</label>
          <p className="hint">{t("attachments.hint")}</p>
          <input id={inputId} type="file" accept={ATTACHMENT_ACCEPT} disabled={progress !== null} onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void send(file);
          }} />
        </div>
      )}
    </section>
  );
}
