import { useState } from "react";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { useI18n } from "../../i18n/I18nProvider";
import { useEmptyChairPrompt } from "../../meetings/useEmptyChairPrompt";
import { GreyChairIcon } from "../GreyChairIcon";

/**
 * The empty chair, reserved for the victims of trafficking: on every meeting page, with no control
 * that closes or hides it (it can be made compact, never invisible). It asks a victim-perspective
 * question for the current item (matched by tags, otherwise taking turns), in the user's language.
 */
export function EmptyChairPanel({ item, compactByDefault = false }: { item: AgendaEntry | null; compactByDefault?: boolean }) {
  const { t, language } = useI18n();
  const { chosen, loading } = useEmptyChairPrompt(item);
  const [compact, setCompact] = useState(compactByDefault);

  return (
    <aside className={`empty-chair${compact ? " is-compact" : ""}`} aria-labelledby="empty-chair-title" data-testid="empty-chair">
      <div className="empty-chair-head">
        <GreyChairIcon size={compact ? 28 : 44} />
        <h2 id="empty-chair-title" className="empty-chair-title">
          {t("meetings.emptyChair.title")}
        </h2>
        <button type="button" className="button-link empty-chair-toggle" aria-pressed={compact} onClick={() => setCompact((c) => !c)}>
          {compact ? t("meetings.emptyChair.expand") : t("meetings.emptyChair.compact")}
        </button>
      </div>
      {!compact && <p className="empty-chair-reserved">{t("meetings.emptyChair.reserved")}</p>}
      {chosen ? (
        <figure className="empty-chair-prompt">
          <figcaption className="empty-chair-caption">
            {chosen.matched && item ? t("meetings.emptyChair.forItem", { title: item.title }) : t("meetings.emptyChair.general")}
          </figcaption>
          <blockquote lang={language} data-testid="empty-chair-prompt">
            {chosen.prompt.text[language]}
          </blockquote>
        </figure>
      ) : (
        !loading && <p className="empty-chair-prompt">{t("meetings.emptyChair.fallback")}</p>
      )}
    </aside>
  );
}
