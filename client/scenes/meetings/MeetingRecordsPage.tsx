import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { finaliseMeeting, getRecords } from "../../api/meetings";
import { useResource } from "../../api/useResource";
import { ActionItemForm, ActionItemTable } from "../../components/meetings/ActionItems";
import { DecisionForm } from "../../components/meetings/DecisionForm";
import { DecisionList } from "../../components/meetings/DecisionList";
import { meetingProblemMessage } from "../../components/meetings/meetingProblems";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { ConfirmDialog } from "../../components/ui/ConfirmDialog";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import { useMeetingContext } from "./MeetingScene";

/** Decisions (on decision items) and action items (on any item); the secretariat finalises from here. */
export function MeetingRecordsPage() {
  const { t, language } = useI18n();
  const account = useAccount();
  const { meeting, entries, live, room, reload: reloadMeeting } = useMeetingContext();
  const { resource, reload, update } = useResource(() => getRecords(meeting.id), meeting.id);
  const [finalised, setFinalised] = useState<string[] | null>(null);
  // Refreshed in place (not reloaded) so forms keep their state and their confirmation.
  const refresh = useCallback(() => {
    getRecords(meeting.id).then((data) => update(() => data), () => undefined);
  }, [meeting.id, update]);
  useEffect(() => {
    if (room.revisions.records > 0) refresh();
  }, [room.revisions.records, refresh]);
  usePageTitle(`${t("meetings.page.records")}: ${meeting.title}`);
  const p = meeting.permissions;
  const decisionItems = entries.filter((e) => e.kind === "item" && e.type === "decision");
  const items = entries.filter((e) => e.kind === "item");

  const finalise = async () => {
    setFinalised((await finaliseMeeting(meeting.id)).numbers);
    reloadMeeting();
    refresh();
  };

  return (
    <>
      <ResourceView resource={resource} onRetry={reload}>
        {(records) => (
          <>
            <section aria-labelledby="decisions-title">
              <h2 id="decisions-title">{t("meetings.decision.title")}</h2>
              <DecisionList decisions={records.decisions} />
              {p.recordDecisions && decisionItems.length > 0 && (
                <>
                  <h3>{t("meetings.decision.formTitle")}</h3>
                  <DecisionForm meetingId={meeting.id} items={decisionItems} onRecorded={refresh} />
                </>
              )}
              {p.recordDecisions && decisionItems.length === 0 && <p>{t("meetings.decision.noDecisionItems")}</p>}
              {!p.recordDecisions && ["draft", "scheduled"].includes(live.status) && account.role !== "member" && account.role !== "observer" && <p>{t("meetings.decision.notYet")}</p>}
            </section>
            <section className="section" aria-labelledby="actions-title">
              <h2 id="actions-title">{t("meetings.actions.title")}</h2>
              <ActionItemTable
                items={records.actionItems}
                canChange={(item) => p.manageActions || item.owner?.id === account.id}
                onChanged={(next) => update((data) => ({ ...data, actionItems: data.actionItems.map((a) => (a.id === next.id ? next : a)) }))}
              />
              {p.manageActions && items.length > 0 && (
                <>
                  <h3>{t("meetings.actions.formTitle")}</h3>
                  <ActionItemForm meetingId={meeting.id} items={items} people={meeting.participants} onCreated={refresh} />
                </>
              )}
            </section>
            {p.finalise && (
              <section className="section" aria-labelledby="finalise-title">
                <h2 id="finalise-title">{t("meetings.finalise.title")}</h2>
                <p>{t("meetings.finalise.help")}</p>
                <ConfirmDialog
                  trigger={
                    <button type="button" className="button-warning">
                      {t("meetings.finalise.submit")}
                    </button>
                  }
                  title={t("meetings.confirm.finaliseTitle")}
                  consequence={t("meetings.confirm.finaliseBody")}
                  confirmLabel={t("meetings.confirm.finaliseAction")}
                  describeError={(problem) => meetingProblemMessage(problem, t, language)}
                  focusAfter={() => document.getElementById("finalised-title")}
                  onConfirm={finalise}
                />
              </section>
            )}
            {finalised && (
              <Notice kind="success" title={t("meetings.finalise.done")} titleId="finalised-title">
                <p>{finalised.length > 0 ? t("meetings.finalise.numbers", { numbers: finalised.join(", ") }) : t("meetings.finalise.noDecisions")}</p>
                <p><Link to="/archive">{t("meetings.finalise.toArchive")}</Link></p>
              </Notice>
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
