import type { AgendaEntry } from "../../../../shared/meetingTypes";
import { useI18n } from "../../../i18n/I18nProvider";
import { useEmptyChairPrompt } from "../../../meetings/useEmptyChairPrompt";
import { GreyChairIcon } from "../../GreyChairIcon";

/** The empty chair on the room screen: its question large, so the whole room reads it. Nothing hides it. */
export function RoomChair({ item }: { item: AgendaEntry | null }) {
  const { t, language } = useI18n();
  const { chosen, loading } = useEmptyChairPrompt(item);
  return (
    <aside className="room-chair" aria-labelledby="room-chair-title" data-testid="empty-chair">
      <div className="room-chair-head">
        <GreyChairIcon size={64} />
        <h2 id="room-chair-title">{t("meetings.emptyChair.title")}</h2>
      </div>
      {chosen ? (
        <blockquote lang={language} className="room-chair-prompt" data-testid="empty-chair-prompt">
          {chosen.prompt.text[language]}
        </blockquote>
      ) : (
        !loading && <p className="room-chair-prompt">{t("meetings.emptyChair.fallback")}</p>
      )}
      <p className="room-chair-reserved">{t("meetings.emptyChair.reserved")}</p>
    </aside>
  );
}
