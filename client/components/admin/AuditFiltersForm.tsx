import { useState } from "react";
import { AUDIT_RESULTS } from "../../../shared/schemas/accounts";
import type { AuditFilters } from "../../api/types";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { TextField } from "../form/TextField";
import { useForm, type FieldErrors } from "../form/useForm";

const ACTION_PATTERN = /^[a-z0-9_.]{1,64}$/;

/** Narrow the audit log by action, result and dates; applying puts the filters in the address so it can be shared. */
export function AuditFiltersForm({ filters, onApply, onClear }: { filters: AuditFilters; onApply(filters: AuditFilters): void; onClear(): void }) {
  const { t } = useI18n();
  const form = useForm();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const set = (patch: Partial<AuditFilters>) => setDraft((current) => ({ ...current, ...patch }));

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (draft.action && !ACTION_PATTERN.test(draft.action.trim())) errors["audit-action"] = t("audit.actionInvalid");
    if (draft.from && draft.to && draft.from > draft.to) errors["audit-to"] = t("audit.rangeInvalid");
    return errors;
  };

  return (
    <form
      className="filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({ validate, action: async () => onApply({ ...draft, action: draft.action.trim() }) });
      }}
    >
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      <div className="filters-grid">
        <TextField
          id="audit-action"
          label={t("audit.action")}
          hint={t("audit.actionHint")}
          spellCheck={false}
          autoCapitalize="none"
          value={draft.action}
          onChange={(action) => set({ action })}
          error={form.fieldError("audit-action")}
          maxLength={64}
        />
        <SelectField
          id="audit-result"
          label={t("audit.result")}
          value={draft.result}
          onChange={(result) => set({ result: result as AuditFilters["result"] })}
          placeholder={t("audit.anyResult")}
          options={AUDIT_RESULTS.map((value) => ({ value, label: t(`auditResult.${value}`) }))}
        />
        <TextField id="audit-from" label={t("audit.from")} type="date" value={draft.from} onChange={(from) => set({ from })} error={form.fieldError("audit-from")} width="10" />
        <TextField id="audit-to" label={t("audit.to")} type="date" value={draft.to} onChange={(to) => set({ to })} error={form.fieldError("audit-to")} width="10" />
      </div>
      <div className="button-group">
        <SubmitButton busy={form.busy}>{t("audit.apply")}</SubmitButton>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft({ action: "", actorId: "", result: "", from: "", to: "" });
            form.reset();
            onClear();
          }}
        >
          {t("audit.clear")}
        </button>
      </div>
    </form>
  );
}
