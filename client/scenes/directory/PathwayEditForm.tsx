import type { PresentedPathway } from "../../../shared/directoryTypes";
import { updatePathway } from "../../api/directory";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";
import { PathwayFields } from "./PathwayFields";
import { pathwayFormSchema, pathwayFormValues } from "./pathwayFormValues";

/**
 * Edits a whole pathway: its words, its steps (added, removed, reordered) and their contact points.
 * It goes back whole with the version it was read at: the server refuses a stale one (409) and
 * records what changed in the history.
 */
export function PathwayEditForm({ pathway, onSaved, onCancel }: { pathway: PresentedPathway; onSaved(next: PresentedPathway): void; onCancel(): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(pathwayFormSchema, pathwayFormValues(pathway));
  return (
    <Form
      form={form}
      idPrefix="pathway"
      aria-labelledby="pathway-edit"
      onSubmit={async (content) => onSaved(await updatePathway(pathway.id, { ...content, version: pathway.version }))}
    >
      <h2 id="pathway-edit">{t("pathways.editTitle")}</h2>
      <PathwayFields creating={false} />
      <div className="button-group">
        <SubmitButton>{t("pathways.save")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("pathways.cancel")}
        </button>
      </div>
    </Form>
  );
}
