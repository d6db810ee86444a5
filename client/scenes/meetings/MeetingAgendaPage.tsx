import { useState } from "react";
import { AttachmentList } from "../../components/attachments/AttachmentList";
import { AgendaEntryForm } from "../../components/meetings/AgendaEntryForm";
import { AgendaList } from "../../components/meetings/AgendaList";
import { LiveControls } from "../../components/meetings/LiveControls";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { PlannedTotal } from "../../components/meetings/PlannedTotal";
import { Proposals } from "../../components/meetings/Proposals";
import { Notice } from "../../components/Notice";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useMeetingContext } from "./MeetingScene";

/** The live, shared agenda: everyone sees changes and the current item as they happen. */
export function MeetingAgendaPage() {
  const { t, language } = useI18n();
  const { meeting, entries, live, current, room } = useMeetingContext();
  const [failure, setFailure] = useState<RoomFailure | null>(null);
  usePageTitle(`${t("meetings.page.agenda")}: ${meeting.title}`);
  const p = meeting.permissions;

  return (
    <>
      {(p.run || p.reopen || live.status === "in_progress") && <LiveControls live={live} current={current} room={room} canRun={p.run} canReopen={p.reopen} onFailure={setFailure} />}
      {failure && <Notice kind="error">{meetingProblemMessage(failure, t, language)}</Notice>}
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title" tabIndex={-1}>{t("meetings.page.agenda")}</h2>
        <PlannedTotal entries={entries} durationMinutes={meeting.durationMinutes} />
        {p.editAgenda && <p className="meta">{t("meetings.agenda.editHelp")}</p>}
        <AgendaList meetingId={meeting.id} entries={entries} live={live} clockOffset={room.clockOffset} permissions={p} apply={room.apply} setCurrentItem={room.setCurrentItem} onFailure={setFailure} />
      </section>
      {p.editAgenda && (
        <section className="section" aria-labelledby="add-entry-title">
          <h2 id="add-entry-title">{t("meetings.agenda.addTitle")}</h2>
          <AgendaEntryForm apply={room.apply} />
        </section>
      )}
      {(p.propose || p.editAgenda) && <Proposals meetingId={meeting.id} revision={room.revisions.proposals} canPropose={p.propose} canDecide={p.editAgenda} />}
      <AttachmentList target={{ kind: "meeting", id: meeting.id }} canUpload={p.edit} />
    </>
  );
}
