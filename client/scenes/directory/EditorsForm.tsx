import { useState } from "react";
import { organisationEditorsSchema } from "../../../shared/schemas/directory";
import { MemberPicker } from "../../components/documents/MemberPicker";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { useI18n } from "../../i18n/I18nProvider";

/**
 * The secretariat names who may edit an organisation's entries or a pathway besides those the
 * policy already lets in (the body of PUT …/editors is the same for both). Observers are not offered: the policy never lets them edit.
 */
export function EditorsForm({ idPrefix, editorIds, intro, onSave }: { idPrefix: string; editorIds: string[]; intro: string; onSave(editorIds: string[]): Promise<unknown> }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(organisationEditorsSchema, { editorIds });
  const titleId = `${idPrefix}-heading`;
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("editors.title")}</h2>
      <p>{intro}</p>
      <Form
        form={form}
        idPrefix={idPrefix}
        aria-labelledby={titleId}
        onSubmit={async (body) => {
          setSaved(false);
          await onSave(body.editorIds);
          setSaved(true);
        }}
      >
        {saved && <Notice kind="success">{t("editors.saved")}</Notice>}
        <MemberPicker name="editorIds" legend={t("editors.legend")} hint={(count) => t(count === 1 ? "editors.hint.one" : "editors.hint.other", { count })} withoutObservers />
        <SubmitButton variant="secondary">{t("editors.save")}</SubmitButton>
      </Form>
    </section>
  );
}
