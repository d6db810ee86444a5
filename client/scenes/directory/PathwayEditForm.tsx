import { z } from "zod";
import type { PresentedPathway } from "../../../shared/directoryTypes";
import { crossBorderStepSchema, pathwayContentSchema, type PathwayUpdateInput } from "../../../shared/schemas/pathways";
import { updatePathway } from "../../api/directory";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { TextArea, TextInput } from "../../components/form/TextInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { useI18n } from "../../i18n/I18nProvider";

/** The words of a pathway, from the shared schema; the structure (stages, countries, contact points) stays as it is. */
const nationalOption = pathwayContentSchema.options[0];
const wordsSchema = z.object({
  title: nationalOption.shape.title,
  summary: nationalOption.shape.summary,
  steps: z.array(crossBorderStepSchema.pick({ title: true, description: true, actors: true, information: true })),
});

/** The whole pathway goes back with the version it was read at: the server refuses a stale one (409) and records the change. */
function updateInput(pathway: PresentedPathway, words: z.output<typeof wordsSchema>): PathwayUpdateInput {
  const steps = pathway.steps.map((step, i) => ({
    id: step.id,
    ...words.steps[i]!,
    languages: step.languages,
    contactPointIds: step.contactPointIds,
  }));
  const common = { title: words.title, summary: words.summary, language: pathway.language, version: pathway.version };
  if (pathway.kind === "national") {
    return { kind: "national", country: pathway.country!, ...common, steps: steps.map((step, i) => ({ ...step, stage: pathway.steps[i]!.stage! })) };
  }
  return { kind: "cross_border", fromCountry: pathway.fromCountry!, toCountry: pathway.toCountry!, situation: pathway.situation!, exploitation: pathway.exploitation, ...common, steps };
}

export function PathwayEditForm({ pathway, onSaved, onCancel }: { pathway: PresentedPathway; onSaved(next: PresentedPathway): void; onCancel(): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(wordsSchema, {
    title: pathway.title,
    summary: pathway.summary,
    steps: pathway.steps.map(({ title, description, actors, information }) => ({ title, description, actors, information })),
  });
  return (
    <Form
      form={form}
      idPrefix="pathway"
      aria-labelledby="pathway-edit"
      onSubmit={async (words) => onSaved(await updatePathway(pathway.id, updateInput(pathway, words)))}
    >
      <h2 id="pathway-edit">{t("pathways.editTitle")}</h2>
      <TextInput name="title" label={t("pathways.pathwayTitle")} />
      <TextArea name="summary" label={t("pathways.summary")} />
      {pathway.steps.map((step, i) => {
        const number = i + 1;
        return (
          <fieldset key={step.id} className="pathway-edit-step">
            <legend>{step.stage ? `${number}. ${t(`pathways.stage.${step.stage}`)}` : `${number}.`}</legend>
            <TextInput name={`steps.${i}.title`} label={t("pathways.stepTitle", { number })} />
            <TextArea name={`steps.${i}.description`} label={t("pathways.stepDescription", { number })} />
            <TextArea name={`steps.${i}.actors`} label={t("pathways.stepActors", { number })} rows={2} />
            <TextArea name={`steps.${i}.information`} label={t("pathways.stepInformation", { number })} rows={2} />
          </fieldset>
        );
      })}
      <div className="button-group">
        <SubmitButton>{t("pathways.save")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("pathways.cancel")}
        </button>
      </div>
    </Form>
  );
}
