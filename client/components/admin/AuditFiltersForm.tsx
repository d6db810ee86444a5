import { AUDIT_ACTIONS } from "../../../shared/auditCodes";
import { AUDIT_RESULTS } from "../../../shared/schemas/accounts";
import { auditFiltersFormSchema } from "../../../shared/schemas/accountForms";
import type { AuditFilters } from "../../api/types";
import { AUDIT_ACTION_WORDS } from "../../i18n/admin/auditCodes";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { DateInput } from "../form/DateInput";
import { useSchemaForm } from "../form/useSchemaForm";

const orUndefined = <T extends string>(value: T | "") => (value === "" ? undefined : value);

/** Narrow the audit log by action (chosen by name), result and dates; applying puts the filters in the address so it can be shared. */
export function AuditFiltersForm({ filters, onApply, onClear }: { filters: AuditFilters; onApply(filters: AuditFilters): void; onClear(): void }) {
  const { t, language } = useI18n();
  // Actions by name, in the reader's language; one from the address that is no longer listed stays choosable.
  const actionOptions = [...AUDIT_ACTIONS.map((code) => ({ value: code as string, label: AUDIT_ACTION_WORDS[language][code] })), ...(filters.action && !(AUDIT_ACTIONS as readonly string[]).includes(filters.action) ? [{ value: filters.action, label: filters.action }] : [])].sort((a, b) => a.label.localeCompare(b.label, language));
  const form = useSchemaForm(auditFiltersFormSchema, { action: orUndefined(filters.action), result: orUndefined(filters.result), from: orUndefined(filters.from), to: orUndefined(filters.to) });

  return (
    <Form
      form={form}
      className="filters"
      idPrefix="audit"
      onSubmit={(values) => onApply({ actorId: filters.actorId, action: values.action ?? "", result: values.result ?? "", from: values.from ?? "", to: values.to ?? "" })}
    >
      <div className="filters-grid">
        <Select name="action" label={t("audit.action")} placeholder={t("audit.anyAction")} emptyAs="absent" options={actionOptions} />
        <Select name="result" label={t("audit.result")} placeholder={t("audit.anyResult")} emptyAs="absent" options={AUDIT_RESULTS.map((value) => ({ value, label: t(`auditResult.${value}`) }))} />
        <DateInput name="from" label={t("audit.from")} emptyAs="absent" />
        <DateInput name="to" label={t("audit.to")} emptyAs="absent" messages={{ range: "audit.rangeInvalid" }} />
      </div>
      <div className="button-group">
        <SubmitButton>{t("audit.apply")}</SubmitButton>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            form.reset({ action: undefined, result: undefined, from: undefined, to: undefined });
            onClear();
          }}
        >
          {t("audit.clear")}
        </button>
      </div>
    </Form>
  );
}
