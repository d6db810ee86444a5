import { useState } from "react";
import type { AgendaEntry, PresentedActionItem, PresentedParticipant } from "../../../shared/meetingTypes";
import { ACTION_STATUSES, MEETING_LIMITS, type ActionStatus } from "../../../shared/meetings";
import { actionItemInputSchema } from "../../../shared/schemas/meetings";
import { createActionItem, updateActionItem } from "../../api/meetings";
import { toApiError } from "../../api/useResource";
import { WrittenTextFindings } from "../form/WrittenTextFindings";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { TextInput } from "../form/TextInput";
import { DateInput } from "../form/DateInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";
import { TableWrap } from "../TableWrap";
import { meetingProblemMessage } from "./meetingProblems";
import { CommentsDisclosure } from "../comments/CommentsDisclosure";

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
              <th scope="col">{t("meetings.actions.dueColumn")}</th>
              <th scope="col">{t("meetings.actions.status")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.overdue ? "is-overdue" : undefined} data-overdue={item.overdue}>
                <td>
                  {item.description}
                  <span className="meta block">{item.itemTitle}</span>
                  <CommentsDisclosure target={{ kind: "actionItem", id: item.id }} context={item.description} />
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
  const { t, language } = useI18n();
  const blank = (itemId: string) => ({ itemId, description: "", ownerId: "", dueDate: null, acknowledgedFindings: [] as string[] });
  const form = useSchemaForm(actionItemInputSchema, blank(items[0]?.id ?? ""));
  return (
    <Form
      form={form}
      idPrefix="action"
      describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
      onSubmit={async (input) => {
        await createActionItem(meetingId, input);
        form.reset(blank(input.itemId));
        onCreated();
      }}
    >
      <Select name="itemId" label={t("meetings.actions.item")} messages={{ missing: "meetings.decision.itemMissing" }} options={items.map((e) => ({ value: e.id, label: e.title }))} />
      <TextInput name="description" label={t("meetings.actions.description")} messages={{ missing: "meetings.actions.descriptionMissing" }} maxLength={MEETING_LIMITS.actionDescriptionMax} />
      <WrittenTextFindings fields={["description"]} />
      <Select
        name="ownerId"
        label={t("meetings.actions.owner")}
        messages={{ missing: "meetings.actions.ownerMissing" }}
        placeholder={t("common.choose")}
        options={people.map((person) => ({ value: person.id, label: person.organisation ? `${person.name} (${person.organisation})` : person.name }))}
      />
      <DateInput name="dueDate" label={t("meetings.actions.due")} emptyAs={null} />
      <SubmitButton>{t("meetings.actions.submit")}</SubmitButton>
    </Form>
  );
}
