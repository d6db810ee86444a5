import { useState } from "react";
import { Link } from "react-router";
import { DOCUMENT_STATUSES } from "../../../shared/documents";
import { documentSettingsSchema } from "../../../shared/schemas/documents";
import type { PresentedDocument } from "../../../shared/types";
import { updateDocument, type UpdateDocumentInput } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { useSession } from "../../session/SessionProvider";
import { Form } from "../form/Form";
import { Select } from "../form/Select";
import { SubmitButton } from "../form/SubmitButton";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";
import { DocumentDetailsFields } from "./DocumentDetailsFields";
import { MemberPicker } from "./MemberPicker";
import { blockingFindings } from "./PublishControl";

const same = (a: unknown, b: unknown) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

/** Change what the document is about and who may see it; only what changed is sent. */
export function DocumentSettingsForm({ document, onSaved }: { document: PresentedDocument; onSaved(document: PresentedDocument): void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const canManage = document.policies.manage;
  const canPickMembers = canManage && Boolean(session?.abilities.manageUsers);
  const { title, language, countries, tags, classification, status, memberIds } = document;
  const form = useSchemaForm(documentSettingsSchema, { title, language, countries, tags, classification, status, memberIds });
  const restricted = form.watch("classification") === "restricted";
  const [saved, setSaved] = useState(false);

  return (
    <Form
      form={form}
      idPrefix="settings"
      onProblem={(problem) => (blockingFindings(problem) ? { message: t("docSettings.publishBlocked") } : undefined)}
      onSubmit={async (values) => {
        setSaved(false);
        // Members are chosen by those who may see the list of people; otherwise they are left as they are.
        const changed = Object.entries(values).filter(([key, value]) => (key !== "memberIds" || canPickMembers) && !same(value, document[key as keyof typeof values]));
        const input = Object.fromEntries(changed) as UpdateDocumentInput;
        if (Object.keys(input).length > 0) onSaved(await updateDocument(document.id, input));
        setSaved(true);
      }}
    >
      {saved && <Notice kind="success">{t("docSettings.saved")}</Notice>}
      <DocumentDetailsFields canClassify={canManage} />
      <Select name="status" label={t("documents.status")} hint={t("docSettings.statusHint")} disabled={!canManage} options={DOCUMENT_STATUSES.map((value) => ({ value, label: t(`documentStatus.${value}`) }))} />
      {restricted && (
        <section className="section-tight" aria-labelledby="members-title">
          <h2 id="members-title">{t("members.title")}</h2>
          <p>{t("members.intro")}</p>
          {canPickMembers ? <MemberPicker /> : <p className="meta">{t("members.askSecretariat", { count: document.memberIds.length })}</p>}
        </section>
      )}
      <div className="button-group">
        <SubmitButton>{t("docSettings.save")}</SubmitButton>
        <Link to={`/documents/${encodeURIComponent(document.id)}`}>{t("docSettings.backToDocument")}</Link>
      </div>
    </Form>
  );
}
