import { useState } from "react";
import { Link } from "react-router";
import { DOCUMENT_STATUSES, type DocumentStatus } from "../../../shared/documents";
import { updateDocumentSchema } from "../../../shared/schemas/documents";
import type { PresentedDocument } from "../../../shared/types";
import { updateDocument, type UpdateDocumentInput } from "../../api/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { useSession } from "../../session/SessionProvider";
import { ErrorSummary } from "../form/ErrorSummary";
import { SelectField } from "../form/SelectField";
import { SubmitButton } from "../form/SubmitButton";
import { useForm } from "../form/useForm";
import { schemaErrors } from "../form/validation";
import { Notice } from "../Notice";
import { DocumentDetailsFields, detailsIds, type DocumentDetails } from "./DocumentDetailsFields";
import { MemberPicker } from "./MemberPicker";
import { blockingFindings } from "./PublishControl";

const PREFIX = "settings";
const ids = { ...detailsIds(PREFIX), status: `${PREFIX}-status` };
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Change what the document is about and who may see it; only what changed is sent. */
export function DocumentSettingsForm({ document, onSaved }: { document: PresentedDocument; onSaved(document: PresentedDocument): void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const form = useForm();
  const [details, setDetails] = useState<DocumentDetails>({ ...document });
  const [status, setStatus] = useState<DocumentStatus>(document.status);
  const [memberIds, setMemberIds] = useState<string[]>(document.memberIds);
  const [saved, setSaved] = useState(false);
  const canManage = document.policies.manage;
  const canPickMembers = canManage && Boolean(session?.abilities.manageUsers);

  const changes = (): UpdateDocumentInput => {
    const input: UpdateDocumentInput = {};
    if (details.title.trim() !== document.title) input.title = details.title.trim();
    if (details.language !== document.language) input.language = details.language;
    if (!same(details.countries, document.countries)) input.countries = details.countries;
    if (!same(details.tags, document.tags)) input.tags = details.tags;
    if (details.classification !== document.classification) input.classification = details.classification;
    if (status !== document.status) input.status = status;
    if (canPickMembers && !same([...memberIds].sort(), [...document.memberIds].sort())) input.memberIds = memberIds;
    return input;
  };

  const documentPath = `/documents/${encodeURIComponent(document.id)}`;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        const input = changes();
        void form.submit({
          validate: () =>
            Object.keys(input).length === 0
              ? {}
              : schemaErrors(updateDocumentSchema, input, [{ path: "title", id: ids.title, missing: "documents.titleMissing", tooLong: "documents.titleTooLong" }], t),
          action: async () => {
            if (Object.keys(input).length > 0) onSaved(await updateDocument(document.id, input));
            setSaved(true);
          },
          fields: { title: ids.title, classification: ids.classification, status: ids.status },
          onProblem: (problem) => (blockingFindings(problem) ? { fields: {}, general: [t("docSettings.publishBlocked")] } : undefined),
        });
      }}
    >
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
      {saved && <Notice kind="success">{t("docSettings.saved")}</Notice>}
      <DocumentDetailsFields idPrefix={PREFIX} value={details} onChange={setDetails} errors={form.errors.fields} canClassify={canManage} />
      <SelectField
        id={ids.status}
        label={t("documents.status")}
        hint={t("docSettings.statusHint")}
        value={status}
        disabled={!canManage}
        onChange={(next) => setStatus(next as DocumentStatus)}
        options={DOCUMENT_STATUSES.map((value) => ({ value, label: t(`documentStatus.${value}`) }))}
      />
      {details.classification === "restricted" && (
        <section className="section-tight" aria-labelledby="members-title">
          <h2 id="members-title">{t("members.title")}</h2>
          <p>{t("members.intro")}</p>
          {canPickMembers ? <MemberPicker selected={memberIds} onChange={setMemberIds} /> : <p className="meta">{t("members.askSecretariat", { count: document.memberIds.length })}</p>}
        </section>
      )}
      <div className="button-group">
        <SubmitButton busy={form.busy}>{t("docSettings.save")}</SubmitButton>
        <Link to={documentPath}>{t("docSettings.backToDocument")}</Link>
      </div>
    </form>
  );
}
