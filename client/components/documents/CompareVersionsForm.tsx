import { useNavigate } from "react-router";
import { compareVersionsFormSchema } from "../../../shared/schemas/documents";
import type { PresentedDocumentVersion } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { useSchemaForm } from "../form/useSchemaForm";

/** A version as people recognise it in a list: its number, its name if it has one, and when. */
export function useVersionLabel() {
  const { t, formatDateTime } = useI18n();
  return (version: PresentedDocumentVersion) => {
    const time = formatDateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" });
    return version.name ? t("compare.namedOption", { number: version.number, name: version.name, time }) : t("compare.option", { number: version.number, time });
  };
}

export const comparisonPath = (documentId: string, from: string, to: string) =>
  `/documents/${encodeURIComponent(documentId)}/history/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** "Compare versions": an older version and another one or the current text (by default the newest version and the current text). */
export function CompareVersionsForm({ documentId, versions }: { documentId: string; versions: PresentedDocumentVersion[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const label = useVersionLabel();
  const form = useSchemaForm(compareVersionsFormSchema, { from: versions[0]?.id ?? "", to: "current" });
  const options = versions.map((version) => ({ value: version.id, label: label(version) }));
  return (
    <Form form={form} className="card" idPrefix="compare" onSubmit={({ from, to }) => navigate(comparisonPath(documentId, from, to))}>
      <h2>{t("compare.title")}</h2>
      <p>{t("compare.intro")}</p>
      <Select name="from" label={t("compare.from")} options={options} />
      <Select name="to" label={t("compare.to")} options={[{ value: "current", label: t("compare.current") }, ...options]} messages={{ same_version: "compare.sameVersion" }} />
      <SubmitButton>{t("compare.submit")}</SubmitButton>
    </Form>
  );
}
