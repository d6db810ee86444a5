import { useId, useState } from "react";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { useI18n } from "../../i18n/I18nProvider";
import { AttachmentList } from "../attachments/AttachmentList";

/**
 * The files of one agenda item, folded away until asked for (each list is fetched only when opened).
 * A training's programme is an agenda too: its sessions use this with targetKind "training".
 */
export function AgendaItemFiles({ meetingId, entry, label, canUpload, targetKind = "meeting" }: { meetingId: string; entry: AgendaEntry; label: string; canUpload: boolean; targetKind?: "meeting" | "training" }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = `item-files-${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  return (
    <div className="agenda-item-files">
      <button type="button" className="button-secondary button-small" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((was) => !was)}>
        {open ? t("attachments.hideForItem") : t("attachments.showForItem")}
        <span className="visually-hidden">: {label}</span>
      </button>
      {open && (
        <div id={panelId}>
          <AttachmentList target={{ kind: targetKind, id: meetingId, itemId: entry.id }} canUpload={canUpload} title={t("attachments.itemTitle", { title: entry.title })} level={3} />
        </div>
      )}
    </div>
  );
}
