import { useState } from "react";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import type { AgendaOperation } from "../../../shared/schemas/meetings";
import type { PresentedTraining } from "../../../shared/trainingTypes";
import { changeProgramme } from "../../api/trainings";
import { toApiError } from "../../api/useResource";
import { AgendaItemFiles } from "../../components/meetings/AgendaItemFiles";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ConfirmDialog } from "../../components/ui/ConfirmDialog";
import { useI18n } from "../../i18n/I18nProvider";
import { ProgrammeSessionForm } from "./ProgrammeSessionForm";

/**
 * The training's programme: sessions with speaker, duration and materials (attachments on the
 * session). Organisers add, change, remove and reorder sessions here (move up/down buttons: the
 * keyboard needs no drag); each change is one agenda operation.
 */
export function ProgrammeSection({ training, onChange }: { training: PresentedTraining; onChange(): void }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const organiser = training.policies.update;
  const sessions = training.programme;
  const apply = async (operation: AgendaOperation, success: string) => {
    await changeProgramme(training.id, operation);
    setMessage({ kind: "success", text: success });
    onChange();
  };
  const tryApply = async (operation: AgendaOperation, success: string) => {
    try {
      await apply(operation, success);
    } catch (failure) {
      setMessage({ kind: "error", text: problemMessage(toApiError(failure).problem, t, language) });
    }
  };
  const move = (entry: AgendaEntry, toIndex: number) => void tryApply({ op: "move", id: entry.id, toIndex }, t("programme.moved", { title: entry.title, position: toIndex + 1 }));
  return (
    <section className="section" aria-labelledby="programme-title">
      <h2 id="programme-title">{t("trainings.programme")}</h2>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {sessions.length === 0 ? (
        <p>{t("trainings.programmeEmpty")}</p>
      ) : (
        <ol className="programme" data-testid="programme">
          {sessions.map((entry, index) => (
            <li key={entry.id} className="programme-session">
              <strong>{entry.title}</strong>
              {entry.presenter ? ` — ${entry.presenter}` : ""}
              {entry.plannedMinutes ? ` (${t("trainings.minutes", { minutes: entry.plannedMinutes })})` : ""}
              {organiser && (
                <div className="button-group">
                  <button type="button" className="button-secondary button-small" aria-expanded={editing === entry.id} onClick={() => setEditing(editing === entry.id ? null : entry.id)}>
                    {t("programme.edit", { title: entry.title })}
                  </button>
                  <button type="button" className="button-secondary button-small" disabled={index === 0} onClick={() => move(entry, index - 1)}>{t("programme.up", { title: entry.title })}</button>
                  <button type="button" className="button-secondary button-small" disabled={index === sessions.length - 1} onClick={() => move(entry, index + 1)}>{t("programme.down", { title: entry.title })}</button>
                  <ConfirmDialog
                    trigger={<button type="button" className="button-warning button-small">{t("programme.remove", { title: entry.title })}</button>}
                    title={t("programme.removeTitle", { title: entry.title })}
                    consequence={t("programme.removeBody")}
                    confirmLabel={t("programme.removeAction")}
                    onConfirm={() => apply({ op: "remove", id: entry.id }, t("programme.removed", { title: entry.title }))}
                  />
                </div>
              )}
              {organiser && editing === entry.id && (
                <ProgrammeSessionForm
                  idPrefix={`session-${entry.id}`}
                  initial={{ title: entry.title, presenter: entry.presenter ?? "", plannedMinutes: entry.plannedMinutes ?? 0 }}
                  submitLabel={t("programme.save")}
                  onSubmit={async (values) => {
                    await apply({ op: "update", id: entry.id, changes: values }, t("programme.saved", { title: values.title }));
                    setEditing(null);
                  }}
                />
              )}
              <AgendaItemFiles meetingId={training.id} targetKind="training" entry={entry} label={entry.title} canUpload={organiser} />
            </li>
          ))}
        </ol>
      )}
      {organiser && (
        <div className="card">
          <h3>{t("programme.add")}</h3>
          <ProgrammeSessionForm idPrefix="session-new" submitLabel={t("programme.addAction")} onSubmit={(values) => apply({ op: "add", entry: { kind: "item", type: "information", ...values } }, t("programme.added", { title: values.title }))} />
        </div>
      )}
    </section>
  );
}
