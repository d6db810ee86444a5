import { useEffect, useState } from "react";
import type { PersonRef } from "../../../shared/meetingTypes";
import { getSocket } from "../../api/socket";
import { useI18n } from "../../i18n/I18nProvider";

/**
 * After the server looked at the text for new mentions (a moment after an edit), it tells the author
 * who was mentioned but cannot read the document (socket mention.unreachable, to this person only):
 * they were not told, and mentioning gave them nothing.
 */
export function UnreachableMentionsNotice({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const [people, setPeople] = useState<PersonRef[]>([]);
  useEffect(() => {
    const socket = getSocket();
    const listener = (payload: { documentId: string; people: PersonRef[] }) => {
      if (payload.documentId !== documentId) return;
      setPeople((shown) => [...shown, ...payload.people.filter((p) => !shown.some((s) => s.id === p.id))]);
    };
    socket.on("mention.unreachable", listener);
    return () => void socket.off("mention.unreachable", listener);
  }, [documentId]);
  if (people.length === 0) return null;
  return (
    <div className="notice is-warning" role="status" data-testid="unreachable-mentions">
      <p>{t("mentions.unreachable", { names: people.map((p) => p.name).join(", ") })}</p>
      <button type="button" className="button-secondary button-small" onClick={() => setPeople([])}>
        {t("mentions.dismiss")}
      </button>
    </div>
  );
}
