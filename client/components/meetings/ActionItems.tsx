import { useId, useState } from "react";
import type { AgendaEntry, PresentedActionItem, PresentedParticipant } from "../../../shared/meetingTypes";
import { ACTION_STATUSES, MEETING_LIMITS, type ActionStatus } from "../../../shared/meetings";
import { createActionItem, updateActionItem } from "../../api/meetings";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { Notice } from "../Notice";
import { TableWrap } from "../TableWrap";
import { meetingProblemMessage } from "./meetingProblems";

/** Action items in a table; overdue ones say so in words. The owner (or an organiser) changes the status. */
export function ActionItemTable({ items, canChange, onChanged, showMeeting = false }: { items: PresentedActionItem[]; canChange(item: PresentedActionItem): boolean; onChanged(item: PresentedActionItem): void; showMeeting?: boolean }) {
  const { t, language, formatDateTime } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const change = async (item: PresentedActionItem, status: ActionStatus) => {
    try {
      onChanged(await updateActionItem(item.id, { status }));
      setError(null);
    } catch (failure) {
      setError(meetingProblemMessage(toApiError(failure).problem, t, language));
    }
  };
  if (items.length === 0) return <p>{t("meetings.actions.none")}</p>;
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <TableWrap label={t("meetings.actions.title")}>
        <table className="table" data-testid="action-items">
          <thead>
            <tr>
              <th scope="col">{t("meetings.actions.description")}</th>
              {showMeeting && <th scope="col">{t("meetings.actions.meeting")}</th>}
              <th scope="col">{t("meetings.actions.owner")}</th>
              <th scope="col">{t("meetings.actions.due")}</th>
              <th scope="col">{t("meetings.actions.status")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.overdue ? "is-overdue" : undefined} data-overdue={item.overdue}>
                <td>
                  {item.description}
                  <span className="meta block">{item.itemTitle}</span>
                </td>
                {showMeeting && <td>{item.meetingTitle}</td>}
                <td>{item.owner?.name ?? "—"}</td>
                <td>
                  {item.dueDate ? formatDateTime(`${item.dueDate}T12:00:00Z`, { dateStyle: "medium" }) : "—"}
                  {item.overdue && <strong className="tag is-error">{t("meetings.actions.overdue")}</strong>}
                </td>
                <td>
                  {canChange(item) ? (
                    <label>
                      <span className="visually-hidden">{t("meetings.actions.statusFor", { description: item.description })}</span>
                      <select className="select" value={item.status} onChange={(e) => void change(item, e.target.value as ActionStatus)}>
                        {ACTION_STATUSES.map((s) => <option key={s} value={s}>{t(`meetings.actionStatus.${s}`)}</option>)}
                      </select>
                    </label>
                  ) : (
                    t(`meetings.actionStatus.${item.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

export function ActionItemForm({ meetingId, items, people, onCreated }: { meetingId: string; items: AgendaEntry[]; people: PresentedParticipant[]; onCreated(): void }) {
  const { t } = useI18n();
  const p = useId().replace(/:/g, "");
  const ids = { item: `${p}-item`, description: `${p}-description`, owner: `${p}-owner`, due: `${p}-due` };
  const [itemId, setItemId] = useState(items[0]?.id ?? "");
  const [description, setDescription] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [due, setDue] = useState("");
  const form = useForm();
  const submit = async () => {
    const ok = await form.submit({
      validate: () => ({
        ...(itemId ? {} : { [ids.item]: t("meetings.decision.itemMissing") }),
        ...(description.trim() ? {} : { [ids.description]: t("meetings.actions.descriptionMissing") }),
        ...(ownerId ? {} : { [ids.owner]: t("meetings.actions.ownerMissing") }),
      }),
      action: async () => void (await createActionItem(meetingId, { itemId, description: description.trim(), ownerId, dueDate: due || null })),
      fields: { description: ids.description, ownerId: ids.owner, dueDate: ids.due, itemId: ids.item },
    });
    if (ok) {
      setDescription("");
      setDue("");
      onCreated();
    }
  };
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <SelectField id={ids.item} label={t("meetings.actions.item")} value={itemId} onChange={setItemId} error={form.fieldError(ids.item)} options={items.map((e) => ({ value: e.id, label: e.title }))} />
      <TextField id={ids.description} label={t("meetings.actions.description")} value={description} onChange={setDescription} error={form.fieldError(ids.description)} maxLength={MEETING_LIMITS.actionDescriptionMax} />
      <SelectField id={ids.owner} label={t("meetings.actions.owner")} value={ownerId} onChange={setOwnerId} error={form.fieldError(ids.owner)} placeholder={t("common.choose")} options={people.map((person) => ({ value: person.id, label: person.organisation ? `${person.name} (${person.organisation})` : person.name }))} />
      <TextField id={ids.due} label={t("meetings.actions.due")} type="date" value={due} onChange={setDue} error={form.fieldError(ids.due)} width="10" />
      <SubmitButton busy={form.busy}>{t("meetings.actions.submit")}</SubmitButton>
    </form>
  );
}
