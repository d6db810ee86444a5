import { useState } from "react";
import { COUNTRIES } from "../../../shared/domain";
import type { AgendaEntry } from "../../../shared/meetingTypes";
import { DECISION_METHODS, DECISION_OUTCOMES, MEETING_LIMITS } from "../../../shared/meetings";
import { decisionFormSchema } from "../../../shared/schemas/meetingForms";
import { recordDecision } from "../../api/meetings";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { NumberInput, TextArea } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";
import { ContactPointPicker } from "../directory/ContactPointPicker";
import { meetingProblemMessage } from "./meetingProblems";
import { VictimNoteFields } from "./VictimNoteFields";

const VOTE_KEYS = ["for", "against", "abstain"] as const;
const VOTING_COUNTRIES = COUNTRIES.filter((country) => country !== "other");

const blank = (itemId: string) => ({ itemId, text: "", outcome: "adopted" as const, method: "consensus" as const, victimNote: { kind: "considered" as const, text: "" }, acknowledgedFindings: [] as string[], contactPointIds: [] });

/**
 * Records a decision. The victim-perspective note comes first among the required answers: the
 * server refuses a decision without it, and so does this form, saying what to write.
 */
export function DecisionForm({ meetingId, items, onRecorded }: { meetingId: string; items: AgendaEntry[]; onRecorded(): void }) {
  const { t, language } = useI18n();
  const form = useSchemaForm(decisionFormSchema, blank(items[0]?.id ?? ""));
  const vote = form.watch("method") === "vote";
  const [saved, setSaved] = useState(false);

  return (
    <Form
      form={form}
      className="decision-form"
      data-testid="decision-form"
      idPrefix="decision"
      describeProblem={(problem) => meetingProblemMessage(problem, t, language)}
      onSubmit={async (input) => {
        setSaved(false);
        await recordDecision(meetingId, input);
        form.reset(blank(input.itemId));
        setSaved(true);
        onRecorded();
      }}
    >
      {saved && (
        <p className="notice is-success" role="status">
          {t("meetings.decision.saved")}
        </p>
      )}
      <Select name="itemId" label={t("meetings.decision.item")} messages={{ missing: "meetings.decision.itemMissing" }} options={items.map((e) => ({ value: e.id, label: e.title }))} />
      <TextArea name="text" label={t("meetings.decision.text")} messages={{ missing: "meetings.decision.textMissing" }} maxLength={MEETING_LIMITS.decisionTextMax} />
      <Select name="outcome" label={t("meetings.decision.outcome")} options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }))} />
      <Select name="method" label={t("meetings.decision.method")} options={DECISION_METHODS.map((m) => ({ value: m, label: t(`meetings.method.${m}`) }))} />
      {vote && (
        <fieldset className="fieldset">
          <legend className="field-label">{t("meetings.decision.votes")}</legend>
          <div className="vote-grid">
            {VOTE_KEYS.map((key) => (
              <NumberInput key={key} name={`votes.${key}`} label={t(`meetings.vote.${key}`)} messages={{ missing: "meetings.decision.votesMissing", invalid: "meetings.decision.votesMissing" }} />
            ))}
          </div>
          <details>
            <summary>{t("meetings.decision.perCountry")}</summary>
            {VOTING_COUNTRIES.map((country) => (
              <fieldset key={country} className="fieldset vote-grid">
                <legend className="field-label">{t(`country.${country}`)}</legend>
                {VOTE_KEYS.map((key) => (
                  <NumberInput key={key} name={`votesByCountry.${country}.${key}`} label={t(`meetings.vote.${key}`)} />
                ))}
              </fieldset>
            ))}
          </details>
        </fieldset>
      )}
      <VictimNoteFields findingsOf={["text", "victimNote.text"]} />
      <ContactPointPicker name="contactPointIds" />
    </Form>
  );
}
