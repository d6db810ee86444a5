import { useEffect, useId, useState } from "react";
import type { PresentedProposal } from "../../../shared/meetingTypes";
import { AGENDA_ITEM_TYPES, MEETING_LIMITS, type AgendaTag } from "../../../shared/meetings";
import { decideProposal, listProposals, propose } from "../../api/meetings";
import { toApiError, useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { Notice } from "../Notice";
import { TagFieldset, TextAreaField } from "./fields";
import { meetingProblemMessage } from "./meetingProblems";

/** Members propose agenda items; the chair accepts (the item joins the agenda) or declines. */
export function Proposals({ meetingId, revision, canPropose, canDecide }: { meetingId: string; revision: number; canPropose: boolean; canDecide: boolean }) {
  const { t, language } = useI18n();
  const { resource, reload } = useResource(() => listProposals(meetingId), meetingId);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (revision > 0) reload();
  }, [revision, reload]);
  const pending = resource.status === "ready" ? resource.data.filter((p) => p.status === "pending") : [];
  const decided = resource.status === "ready" ? resource.data.filter((p) => p.status !== "pending") : [];

  const decide = async (proposal: PresentedProposal, accept: boolean) => {
    try {
      await decideProposal(meetingId, proposal.id, accept);
      setError(null);
      reload();
    } catch (failure) {
      setError(meetingProblemMessage(toApiError(failure).problem, t, language));
    }
  };

  return (
    <section className="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t("meetings.proposals.title")}</h2>
      {error && <Notice kind="error">{error}</Notice>}
      {pending.length === 0 ? <p>{t("meetings.proposals.none")}</p> : (
        <ul className="link-list">
          {pending.map((p) => (
            <li key={p.id} data-testid="proposal">
              <p className="link-list-title">{p.title}</p>
              <p className="meta">{t("meetings.proposals.by", { name: p.proposedBy?.name ?? "", minutes: p.plannedMinutes })} · {t(`meetings.type.${p.type}`)}</p>
              {p.description && <p>{p.description}</p>}
              {canDecide && (
                <div className="button-group">
                  <button type="button" className="button-primary button-small" onClick={() => void decide(p, true)}>
                    {t("meetings.proposals.accept")}<span className="visually-hidden">: {p.title}</span>
                  </button>
                  <button type="button" className="button-secondary button-small" onClick={() => void decide(p, false)}>
                    {t("meetings.proposals.decline")}<span className="visually-hidden">: {p.title}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <details>
          <summary>{t("meetings.proposals.decided", { count: decided.length })}</summary>
          <ul>
            {decided.map((p) => <li key={p.id}>{p.title} — {t(`meetings.proposalStatus.${p.status}`)}</li>)}
          </ul>
        </details>
      )}
      {canPropose && !canDecide && <ProposalForm meetingId={meetingId} onProposed={reload} />}
    </section>
  );
}

function ProposalForm({ meetingId, onProposed }: { meetingId: string; onProposed(): void }) {
  const { t } = useI18n();
  const prefix = useId().replace(/:/g, "");
  const ids = { title: `${prefix}-title`, type: `${prefix}-type`, minutes: `${prefix}-minutes`, description: `${prefix}-description` };
  const [title, setTitle] = useState("");
  const [type, setType] = useState<(typeof AGENDA_ITEM_TYPES)[number]>("discussion");
  const [minutes, setMinutes] = useState("10");
  const [description, setDescription] = useState("");
  const [tags, setTags] = useState<AgendaTag[]>([]);
  const [sent, setSent] = useState(false);
  const form = useForm();
  const submit = async () => {
    const ok = await form.submit({
      validate: () => ({
        ...(title.trim() ? {} : { [ids.title]: t("meetings.field.titleMissing") }),
        ...(/^\d+$/.test(minutes) && Number(minutes) <= MEETING_LIMITS.plannedMinutesMax ? {} : { [ids.minutes]: t("meetings.field.minutesInvalid", { max: MEETING_LIMITS.plannedMinutesMax }) }),
      }),
      action: async () => void (await propose(meetingId, { title: title.trim(), type, plannedMinutes: Number(minutes), description: description.trim(), tags })),
      fields: { title: ids.title, plannedMinutes: ids.minutes, description: ids.description },
    });
    if (ok) {
      setSent(true);
      setTitle("");
      setDescription("");
      setTags([]);
      onProposed();
    }
  };
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <h3>{t("meetings.proposals.formTitle")}</h3>
      {sent && <Notice kind="success">{t("meetings.proposals.sent")}</Notice>}
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <TextField id={ids.title} label={t("meetings.field.itemTitle")} value={title} onChange={setTitle} error={form.fieldError(ids.title)} maxLength={MEETING_LIMITS.itemTitleMax} />
      <SelectField id={ids.type} label={t("meetings.field.type")} value={type} onChange={(v) => setType(v as typeof type)} options={AGENDA_ITEM_TYPES.map((value) => ({ value, label: t(`meetings.type.${value}`) }))} />
      <TextField id={ids.minutes} label={t("meetings.field.plannedMinutes")} inputMode="numeric" value={minutes} onChange={setMinutes} error={form.fieldError(ids.minutes)} width="10" />
      <TextAreaField id={ids.description} label={t("meetings.field.description")} value={description} onChange={setDescription} maxLength={MEETING_LIMITS.descriptionMax} />
      <TagFieldset idPrefix={prefix} value={tags} onChange={setTags} />
      <SubmitButton busy={form.busy}>{t("meetings.proposals.submit")}</SubmitButton>
    </form>
  );
}
