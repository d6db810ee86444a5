import { useEffect, useState } from "react";
import { elapsedNow } from "../../../shared/agenda";
import type { PresentedLiveState } from "../../../shared/meetingTypes";
import { useI18n } from "../../i18n/I18nProvider";

export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * Time spent on an item, ticking each second while its timer runs; computed from the server's state
 * and clock, so late joiners agree. `over` is past the plan (an item planned at 0 minutes never is).
 */
export function useElapsed(live: PresentedLiveState, itemId: string, plannedMinutes: number, clockOffset: number) {
  const running = live.timer?.itemId === itemId;
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  useEffect(() => {
    setNow(Date.now() + clockOffset);
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now() + clockOffset), 1000);
    return () => clearInterval(timer);
  }, [running, clockOffset, live]);
  const elapsed = elapsedNow(live, itemId, now);
  const planned = plannedMinutes * 60_000;
  return { running, elapsed, over: plannedMinutes > 0 && elapsed > planned, overBy: Math.max(0, elapsed - planned), left: Math.max(0, planned - elapsed) };
}

/** Time spent on an item against its plan. */
export function ItemTimer({ live, itemId, plannedMinutes, clockOffset, large = false }: { live: PresentedLiveState; itemId: string; plannedMinutes: number; clockOffset: number; large?: boolean }) {
  const { t } = useI18n();
  const { running, elapsed, over } = useElapsed(live, itemId, plannedMinutes, clockOffset);
  return (
    <span className={`item-timer${over ? " is-over" : ""}${large ? " is-large" : ""}`} data-testid="item-timer" data-running={running}>
      <span className="visually-hidden">{t("meetings.timer.label")} </span>
      <span className="item-timer-clock">{formatClock(elapsed)}</span>
      <span className="item-timer-plan"> / {t("meetings.minutes", { count: plannedMinutes })}</span>
      {running ? <span className="tag is-ok">{t("meetings.timer.running")}</span> : <span className="tag">{t("meetings.timer.paused")}</span>}
      {over && <strong className="tag is-error">{t("meetings.timer.over")}</strong>}
    </span>
  );
}
