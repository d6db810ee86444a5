import { useId, useState } from "react";
import { COUNTRIES } from "../../../shared/domain";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { DECISION_METHODS, DECISION_OUTCOMES, MEETING_LIMITS, type DecisionMethod, type DecisionOutcome, type VictimNoteKind } from "../../../shared/meetings";
import { recordDecision } from "../../api/meetings";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm } from "../form/useForm";
import { TextAreaField } from "./fields";
import { meetingProblemMessage } from "./meetingProblems";

type Counts = { for: string; against: string; abstain: string };
const emptyCounts = (): Counts => ({ for: "", against: "", abstain: "" });
const VOTE_KEYS = ["for", "against", "abstain"] as const;

/**
 * Records a decision. The victim-perspective note comes first among the required answers: the
 * server refuses a decision without it, and so does this form, saying what to write.
 */
export function DecisionForm({ meetingId, items, onRecorded }: { meetingId: string; items: AgendaEntry[]; onRecorded(): void }) {
  const { t, language } = useI18n();
  const p = useId().replace(/:/g, "");
  const ids = { item: `${p}-item`, text: `${p}-text`, outcome: `${p}-outcome`, method: `${p}-method`, noteKind: `${p}-note-kind`, note: `${p}-note`, votes: `${p}-votes-for` };
  const [itemId, setItemId] = useState(items[0]?.id ?? "");
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<DecisionOutcome>("adopted");
  const [method, setMethod] = useState<DecisionMethod>("consensus");
  const [votes, setVotes] = useState<Counts>(emptyCounts);
  const [byCountry, setByCountry] = useState<Record<string, Counts>>({});
  const [noteKind, setNoteKind] = useState<VictimNoteKind>("considered");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState(false);
  const form = useForm();
  const num = (v: string) => (/^\d+$/.test(v) ? Number(v) : NaN);
  const countsOf = (c: Counts) => ({ for: num(c.for), against: num(c.against), abstain: num(c.abstain) });

  const submit = async () => {
    setSaved(false);
    const minimum = noteKind === "considered" ? MEETING_LIMITS.victimNoteMin : MEETING_LIMITS.notApplicableReasonMin;
    const countries = Object.entries(byCountry).filter(([, c]) => c.for || c.against || c.abstain);
    const ok = await form.submit({
      validate: () => {
        const errors: Record<string, string> = {};
        if (!itemId) errors[ids.item] = t("meetings.decision.itemMissing");
        if (!text.trim()) errors[ids.text] = t("meetings.decision.textMissing");
        if (method === "vote" && Object.values(countsOf(votes)).some(Number.isNaN)) errors[ids.votes] = t("meetings.decision.votesMissing");
        if (note.trim().length < minimum) errors[ids.note] = noteKind === "considered" ? t("meetings.decision.noteMissing", { min: minimum }) : t("meetings.decision.reasonMissing", { min: minimum });
        return errors;
      },
      action: async () => {
        await recordDecision(meetingId, {
          itemId,
          text: text.trim(),
          outcome,
          method,
          votes: method === "vote" ? countsOf(votes) : null,
          votesByCountry: method === "vote" ? countries.map(([country, c]) => ({ country: country as (typeof COUNTRIES)[number], for: num(c.for) || 0, against: num(c.against) || 0, abstain: num(c.abstain) || 0 })) : [],
          victimNote: { kind: noteKind, text: note.trim() },
        });
      },
      fields: { text: ids.text, itemId: ids.item, victimNote: ids.note, "victimNote.text": ids.note },
      onProblem: (problem) =>
        problem.code === "victim_note_required" ? { fields: { [ids.note]: meetingProblemMessage(problem, t, language) }, general: [] } : problem.code === "validation_failed" ? undefined : { fields: {}, general: [meetingProblemMessage(problem, t, language)] },
    });
    if (ok) {
      setSaved(true);
      setText("");
      setNote("");
      setVotes(emptyCounts());
      setByCountry({});
      onRecorded();
    }
  };

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())} className="decision-form" data-testid="decision-form">
      {saved && <p className="notice is-success" role="status">{t("meetings.decision.saved")}</p>}
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <SelectField id={ids.item} label={t("meetings.decision.item")} value={itemId} onChange={setItemId} error={form.fieldError(ids.item)} options={items.map((e) => ({ value: e.id, label: e.title }))} />
      <TextAreaField id={ids.text} label={t("meetings.decision.text")} value={text} onChange={setText} error={form.fieldError(ids.text)} maxLength={MEETING_LIMITS.decisionTextMax} />
      <SelectField id={ids.outcome} label={t("meetings.decision.outcome")} value={outcome} onChange={(v) => setOutcome(v as DecisionOutcome)} options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }))} />
      <SelectField id={ids.method} label={t("meetings.decision.method")} value={method} onChange={(v) => setMethod(v as DecisionMethod)} options={DECISION_METHODS.map((m) => ({ value: m, label: t(`meetings.method.${m}`) }))} />
      {method === "vote" && (
        <fieldset className="fieldset">
          <legend className="field-label">{t("meetings.decision.votes")}</legend>
          <div className="vote-grid">
            {VOTE_KEYS.map((key, i) => (
              <TextField key={key} id={i === 0 ? ids.votes : `${p}-votes-${key}`} label={t(`meetings.vote.${key}`)} inputMode="numeric" width="10" value={votes[key]} onChange={(v) => setVotes({ ...votes, [key]: v })} error={i === 0 ? form.fieldError(ids.votes) : undefined} />
            ))}
          </div>
          <details>
            <summary>{t("meetings.decision.perCountry")}</summary>
            {COUNTRIES.filter((c) => c !== "other").map((country) => (
              <fieldset key={country} className="fieldset vote-grid">
                <legend className="field-label">{t(`country.${country}`)}</legend>
                {VOTE_KEYS.map((key) => (
                  <TextField key={key} id={`${p}-${country}-${key}`} label={t(`meetings.vote.${key}`)} inputMode="numeric" width="10" value={byCountry[country]?.[key] ?? ""} onChange={(v) => setByCountry({ ...byCountry, [country]: { ...(byCountry[country] ?? emptyCounts()), [key]: v } })} />
                ))}
              </fieldset>
            ))}
          </details>
        </fieldset>
      )}
      <fieldset className="fieldset victim-note">
        <legend className="fieldset-legend">{t("meetings.decision.noteLegend")}</legend>
        <p className="field-hint">{t("meetings.decision.noteHint")}</p>
        <SelectField id={ids.noteKind} label={t("meetings.decision.noteKind")} value={noteKind} onChange={(v) => setNoteKind(v as VictimNoteKind)} options={[{ value: "considered", label: t("meetings.noteKind.considered") }, { value: "not_applicable", label: t("meetings.noteKind.not_applicable") }]} />
        <TextAreaField id={ids.note} label={noteKind === "considered" ? t("meetings.decision.noteLabel") : t("meetings.decision.reasonLabel")} value={note} onChange={setNote} error={form.fieldError(ids.note)} maxLength={MEETING_LIMITS.victimNoteMax} />
      </fieldset>
      <SubmitButton busy={form.busy}>{t("meetings.decision.submit")}</SubmitButton>
    </form>
  );
}
