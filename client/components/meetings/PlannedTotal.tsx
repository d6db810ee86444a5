import { plannedTotal } from "../../../shared/agenda";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { useI18n } from "../../i18n/I18nProvider";

/** Planned time of all items against the meeting's length; an overrun is said in words, not colour only. */
export function PlannedTotal({ entries, durationMinutes }: { entries: AgendaEntry[]; durationMinutes: number }) {
  const { t } = useI18n();
  const total = plannedTotal(entries);
  const over = total > durationMinutes;
  return (
    <p className={`planned-total${over ? " is-over" : ""}`} data-testid="planned-total" data-over={over}>
      {t("meetings.agenda.planned", { total, length: durationMinutes })}
      {over && <strong className="tag is-error">{t("meetings.agenda.overrun", { minutes: total - durationMinutes })}</strong>}
    </p>
  );
}
