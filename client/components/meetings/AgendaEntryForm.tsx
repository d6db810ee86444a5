import type { z } from "zod";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { AGENDA_ITEM_TYPES, MEETING_LIMITS } from "../../../shared/meetings";
import { agendaEntryFormSchema } from "../../../shared/schemas/meetingForms";
import type { AgendaOperation } from "../../../shared/schemas/meetings";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { ContactPointPicker } from "../directory/ContactPointPicker";
import { Form } from "../form/Form";
import { WrittenTextFindings } from "../form/WrittenTextFindings";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { NumberInput, TextArea, TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { DocumentPicker } from "./DocumentPicker";
import { PLANNED_MINUTES_MESSAGES, roomError, TagFieldset } from "./fields";
import { meetingProblemMessage } from "./meetingProblems";

type Values = z.input<typeof agendaEntryFormSchema>;
/** Every field's starting value; a section shows (and sends) only the title. */
const blank = (kind: Values["kind"] = "item") => ({ kind, title: "", type: "discussion", presenter: "", plannedMinutes: 10, description: "", documentIds: [], tags: [], contactPointIds: [], acknowledgedFindings: [] }) as Values;

/** Adds an agenda entry (item or section heading) or changes one; sent as one operation over the socket. */
export function AgendaEntryForm({ entry, apply, onDone }: { entry?: AgendaEntry; apply(operation: AgendaOperation): Promise<RoomFailure | null>; onDone?: () => void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(agendaEntryFormSchema, entry ? ({ ...blank(), ...entry, contactPointIds: entry.contactPointIds ?? [] } as Values) : blank());
  const isItem = form.watch("kind") === "item";

  return (
    <Form
      form={form}
      className="agenda-entry-form"
      serverFields={{ "entry.documentIds": "documentIds", "changes.documentIds": "documentIds" }}
      describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
      onSubmit={async (values) => {
        // Acknowledged findings go with the operation, not into the entry.
        const { kind, acknowledgedFindings, ...fields } = { acknowledgedFindings: undefined, ...values };
        const acknowledged = acknowledgedFindings?.length ? { acknowledgedFindings } : {};
        const failure = await apply(entry ? { op: "update", id: entry.id, changes: fields, ...acknowledged } : { op: "add", entry: { kind, ...fields }, ...acknowledged });
        if (failure) throw roomError(failure);
        if (!entry) form.reset(blank(kind));
        onDone?.();
      }}
    >
      {/* What is not on the page is not sent (and not watched): an entry's kind stays, unchangeable. */}
      {entry && <input type="hidden" {...form.register("kind")} />}
      {!entry && (
        <Select
          name="kind"
          label={t("meetings.field.kind")}
          options={[
            { value: "item", label: t("meetings.kind.item") },
            { value: "section", label: t("meetings.kind.section") },
          ]}
        />
      )}
      <TextInput name="title" label={t("meetings.field.itemTitle")} messages={{ missing: "meetings.field.titleMissing" }} maxLength={MEETING_LIMITS.itemTitleMax} />
      {isItem && (
        <>
          <Select name="type" label={t("meetings.field.type")} options={AGENDA_ITEM_TYPES.map((value) => ({ value, label: t(`meetings.type.${value}`) }))} />
          <TextInput name="presenter" label={t("meetings.field.presenter")} maxLength={MEETING_LIMITS.presenterMax} width="20" />
          <NumberInput name="plannedMinutes" label={t("meetings.field.plannedMinutes")} messages={PLANNED_MINUTES_MESSAGES} />
          <TextArea name="description" label={t("meetings.field.description")} maxLength={MEETING_LIMITS.descriptionMax} />
          <WrittenTextFindings fields={["description"]} />
          <TagFieldset />
          <ContactPointPicker name="contactPointIds" />
          <DocumentPicker name="documentIds" label={t("meetings.field.documents")} hint={t("meetings.field.documentsHint")} />
        </>
      )}
      <div className="button-group">
        <SubmitButton>{entry ? t("meetings.agenda.saveEntry") : t("meetings.agenda.addEntry")}</SubmitButton>
        {onDone && entry && (
          <button type="button" className="button-secondary" onClick={onDone}>
            {t("meetings.cancel")}
          </button>
        )}
      </div>
    </Form>
  );
}
