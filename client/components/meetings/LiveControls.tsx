import { useRef, useState } from "react";
import type { AgendaEntry, PresentedLiveState } from "../../../shared/meetingTypes";
import { closeMeeting, reopenMeeting, startMeeting } from "../../api/meetings";
import { toApiError } from "../../api/useResource";
import type { MeetingRoom, RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ItemTimer } from "./ItemTimer";
import { meetingProblemMessage } from "./meetingProblems";

/** The chair's controls: start, close (after asking) and reopen the meeting, run the current item's timer. */
export function LiveControls({ live, current, room, canRun, canReopen, onFailure }: { live: PresentedLiveState; current: AgendaEntry | null; room: MeetingRoom; canRun: boolean; canReopen: boolean; onFailure(failure: RoomFailure | null): void }) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const section = useRef<HTMLElement>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      onFailure(null);
    } catch (error) {
      onFailure({ ok: false, code: toApiError(error).code });
    } finally {
      setBusy(false);
    }
  };
  const running = live.timer?.itemId === current?.id;
  // After starting, closing or reopening, the button that was pressed is gone: the status takes the focus.
  const status = () => section.current?.querySelector<HTMLElement>("[data-testid=meeting-status]") ?? null;

  return (
    <section className="live-controls" aria-labelledby="live-title" ref={section}>
      <h2 id="live-title" className="heading-small">
        {/* "Running the meeting" is for those who run it; the others follow it. */}
        {canRun || canReopen ? t("meetings.live.title") : t("meetings.live.followTitle")}
      </h2>
      <p data-testid="meeting-status" tabIndex={-1} aria-live="polite">
        {t(`meetings.status.${live.status}`)}
      </p>
      {current ? (
        <div className="live-current">
          <p>
            {t("meetings.live.current")} <strong data-testid="live-current-title">{current.title}</strong>
          </p>
          <ItemTimer live={live} itemId={current.id} plannedMinutes={current.plannedMinutes} clockOffset={room.clockOffset} large />
        </div>
      ) : (
        live.status === "in_progress" && <p>{canRun ? t("meetings.live.chooseCurrent") : t("meetings.live.noCurrent")}</p>
      )}
      {(canRun || canReopen) && (
        <div className="button-group">
          {canRun && (live.status === "scheduled" || live.status === "draft") && (
            <button type="button" className="button-primary" disabled={busy} onClick={() => void run(async () => (await startMeeting(live.meetingId), status()?.focus()))}>
              {t("meetings.live.start")}
            </button>
          )}
          {canRun && live.status === "in_progress" && current && (
            <>
              <button type="button" className="button-primary" disabled={busy} onClick={() => void run(async () => onFailure(await room.timer(running ? "pause" : "start")))}>
                {running ? t("meetings.timer.pause") : t("meetings.timer.start")}
              </button>
              <button type="button" className="button-secondary" disabled={busy} onClick={() => void run(async () => onFailure(await room.timer("reset")))}>
                {t("meetings.timer.reset")}
              </button>
            </>
          )}
          {canRun && live.status === "in_progress" && (
            <ConfirmDialog
              trigger={
                <button type="button" className="button-warning" disabled={busy}>
                  {t("meetings.live.close")}
                </button>
              }
              title={t("meetings.confirm.closeTitle")}
              consequence={t("meetings.confirm.closeBody")}
              confirmLabel={t("meetings.confirm.closeAction")}
              describeError={(problem) => meetingProblemMessage(problem, t, language)}
              focusAfter={status}
              onConfirm={() => closeMeeting(live.meetingId)}
            />
          )}
          {canReopen && live.status === "closed" && (
            <ConfirmDialog
              trigger={
                <button type="button" className="button-secondary" disabled={busy}>
                  {t("meetings.live.reopen")}
                </button>
              }
              title={t("meetings.confirm.reopenTitle")}
              consequence={t("meetings.confirm.reopenBody")}
              confirmLabel={t("meetings.confirm.reopenAction")}
              tone="primary"
              describeError={(problem) => meetingProblemMessage(problem, t, language)}
              focusAfter={status}
              onConfirm={() => reopenMeeting(live.meetingId)}
            />
          )}
        </div>
      )}
    </section>
  );
}
