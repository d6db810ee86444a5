import { useFormContext } from "react-hook-form";
import { MEETING_LIMITS } from "../../../shared/meetings";
import { useI18n } from "../../i18n/I18nProvider";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { TextArea } from "../form/TextInput";
import { WrittenTextFindings } from "../form/WrittenTextFindings";

/**
 * The empty chair's question, in every form that records or corrects a decision: how the victim's
 * perspective was considered, or why it does not apply (the form's `victimNote`). The submit
 * button follows it, so nobody records a decision without passing the question.
 */
export function VictimNoteFields({ name = "victimNote", submitLabel, findingsOf }: { name?: string; submitLabel?: string; findingsOf?: string[] }) {
  const { t } = useI18n();
  const considered = useFormContext().watch(`${name}.kind`) !== "not_applicable";
  return (
    <>
      <fieldset className="fieldset victim-note">
        <legend className="fieldset-legend">{t("meetings.decision.noteLegend")}</legend>
        <p className="field-hint">{t("meetings.decision.noteHint")}</p>
        <Select
          name={`${name}.kind`}
          label={t("meetings.decision.noteKind")}
          options={[
            { value: "considered", label: t("meetings.noteKind.considered") },
            { value: "not_applicable", label: t("meetings.noteKind.not_applicable") },
          ]}
        />
        <TextArea
          name={`${name}.text`}
          label={considered ? t("meetings.decision.noteLabel") : t("meetings.decision.reasonLabel")}
          messages={considered ? { missing: "meetings.decision.noteMissing", tooShort: "meetings.decision.noteMissing" } : { missing: "meetings.decision.reasonMissing", tooShort: "meetings.decision.reasonMissing" }}
          maxLength={MEETING_LIMITS.victimNoteMax}
        />
      </fieldset>
      {/* The note goes to the minutes and the archive: likely personal data is shown before the server refuses it. */}
      {findingsOf && <WrittenTextFindings fields={findingsOf} />}
      <SubmitButton>{submitLabel ?? t("meetings.decision.submit")}</SubmitButton>
    </>
  );
}
