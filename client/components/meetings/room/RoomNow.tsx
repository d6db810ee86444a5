import type { AgendaEntry, PresentedLiveState } from "../../../../shared/meetingTypes";
import { useI18n } from "../../../i18n/I18nProvider";
import { formatClock, useElapsed } from "../ItemTimer";

/** The current item, large: number and title, type, presenter, and its timer with the overrun. */
export function RoomNow({ item, number, live, clockOffset }: { item: AgendaEntry; number: number | undefined; live: PresentedLiveState; clockOffset: number }) {
  const { t } = useI18n();
  const { running, elapsed, over, overBy, left } = useElapsed(live, item.id, item.plannedMinutes, clockOffset);
  return (
    <div className="room-now">
      <p className="room-label">{t("meetings.present.now")}</p>
      <p className="room-current" data-testid="room-current">
        {number !== undefined && <span className="room-number">{number}.</span>} {item.title}
      </p>
      <p className="room-meta">
        <span className={`tag type-${item.type}`}>{t(`meetings.type.${item.type}`)}</span>
        {item.presenter && <span> {t("meetings.room.presenter", { name: item.presenter })}</span>}
      </p>
      <div className={`room-timer${over ? " is-over" : ""}`} data-testid="room-timer" data-running={running} data-over={over}>
        <span className="visually-hidden">{t("meetings.timer.label")} </span>
        <span className="room-clock">{formatClock(elapsed)}</span>
        <span className="room-plan"> / {t("meetings.minutes", { count: item.plannedMinutes })}</span>
        <span className="room-timer-state">
          {running ? t("meetings.timer.running") : t("meetings.timer.paused")}
          {item.plannedMinutes > 0 && (
            <strong className="room-overrun" data-testid="room-overrun">
              {" · "}
              {over ? t("meetings.room.overBy", { time: formatClock(overBy) }) : t("meetings.room.left", { time: formatClock(left) })}
            </strong>
          )}
        </span>
      </div>
    </div>
  );
}
