import { useId, useState } from "react";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { AGENDA_ITEM_TYPES, MEETING_LIMITS, type AgendaTag } from "../../../shared/meetings";
import type { AgendaOperation } from "../../../shared/schemas/meetings";
import type { RoomFailure } from "../../meetings/useMeetingRoom";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { meetingProblemMessage } from "./meetingProblems";
import { roomError, TagFieldset, TextAreaField } from "./fields";

/** Adds an agenda entry (item or section heading) or changes one; sent as one operation over the socket. */
export function AgendaEntryForm({ entry, apply, onDone }: { entry?: AgendaEntry; apply(operation: AgendaOperation): Promise<RoomFailure | null>; onDone?: () => void }) {
  const { t, language } = useI18n();
  const prefix = useId().replace(/:/g, "");
  const ids = { kind: `${prefix}-kind`, title: `${prefix}-title`, type: `${prefix}-type`, presenter: `${prefix}-presenter`, minutes: `${prefix}-minutes`, description: `${prefix}-description`, documents: `${prefix}-documents` };
  const [kind, setKind] = useState<"item" | "section">(entry?.kind ?? "item");
  const [title, setTitle] = useState(entry?.title ?? "");
  const [type, setType] = useState(entry?.type ?? "discussion");
  const [presenter, setPresenter] = useState(entry?.presenter ?? "");
  const [minutes, setMinutes] = useState(String(entry?.plannedMinutes ?? 10));
  const [description, setDescription] = useState(entry?.description ?? "");
  const [documents, setDocuments] = useState((entry?.documentIds ?? []).join(", "));
  const [tags, setTags] = useState<AgendaTag[]>(entry?.tags ?? []);
  const form = useForm();
  const isItem = kind === "item";

  const submit = async () => {
    const fields = {
      title: title.trim(),
      ...(isItem
        ? { type, presenter: presenter.trim(), plannedMinutes: Number(minutes), description: description.trim(), tags, documentIds: documents.split(/[\s,]+/).filter(Boolean) }
        : {}),
    };
    const ok = await form.submit({
      validate: () => {
        const errors: Record<string, string> = {};
        if (!fields.title) errors[ids.title] = t("meetings.field.titleMissing");
        if (isItem && (!/^\d+$/.test(minutes) || Number(minutes) > MEETING_LIMITS.plannedMinutesMax)) errors[ids.minutes] = t("meetings.field.minutesInvalid", { max: MEETING_LIMITS.plannedMinutesMax });
        if (isItem && fields.documentIds!.some((d) => !/^[0-9a-f]{24}$/.test(d))) errors[ids.documents] = t("meetings.field.documentsInvalid");
        return errors;
      },
      action: async () => {
        const failure = await apply(entry ? { op: "update", id: entry.id, changes: fields } : { op: "add", entry: { kind, ...fields } });
        if (failure) throw roomError(failure);
      },
      onProblem: (problem) => (problem.code === "validation_failed" ? undefined : { fields: {}, general: [meetingProblemMessage(problem, t, language)] }),
    });
    if (ok) {
      if (!entry) {
        setTitle("");
        setPresenter("");
        setDescription("");
        setDocuments("");
        setTags([]);
      }
      onDone?.();
    }
  };

  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} className="agenda-entry-form">
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      {!entry && (
        <SelectField id={ids.kind} label={t("meetings.field.kind")} value={kind} onChange={(v) => setKind(v as "item" | "section")} options={[{ value: "item", label: t("meetings.kind.item") }, { value: "section", label: t("meetings.kind.section") }]} />
      )}
      <TextField id={ids.title} label={t("meetings.field.itemTitle")} value={title} onChange={setTitle} error={form.fieldError(ids.title)} maxLength={MEETING_LIMITS.itemTitleMax} />
      {isItem && (
        <>
          <SelectField id={ids.type} label={t("meetings.field.type")} value={type} onChange={(v) => setType(v as typeof type)} options={AGENDA_ITEM_TYPES.map((value) => ({ value, label: t(`meetings.type.${value}`) }))} />
          <TextField id={ids.presenter} label={t("meetings.field.presenter")} value={presenter} onChange={setPresenter} maxLength={MEETING_LIMITS.presenterMax} width="20" />
          <TextField id={ids.minutes} label={t("meetings.field.plannedMinutes")} inputMode="numeric" value={minutes} onChange={setMinutes} error={form.fieldError(ids.minutes)} width="10" />
          <TextAreaField id={ids.description} label={t("meetings.field.description")} value={description} onChange={setDescription} maxLength={MEETING_LIMITS.descriptionMax} />
          <TagFieldset idPrefix={prefix} value={tags} onChange={setTags} />
          <TextField id={ids.documents} label={t("meetings.field.documents")} hint={t("meetings.field.documentsHint")} value={documents} onChange={setDocuments} error={form.fieldError(ids.documents)} />
        </>
      )}
      <div className="button-group">
        <SubmitButton busy={form.busy}>{entry ? t("meetings.agenda.saveEntry") : t("meetings.agenda.addEntry")}</SubmitButton>
        {onDone && entry && (
          <button type="button" className="button-secondary" onClick={onDone}>
            {t("meetings.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
