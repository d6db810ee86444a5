import { useEffect, useRef, useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { DIRECTORY_LANGUAGES, DIRECTORY_LIMITS as L, PATHWAY_STAGES, type PathwayKind } from "../../../shared/directory";
import { ContactPointPicker } from "../../components/directory/ContactPointPicker";
import { languageName } from "../../components/directory/directoryWords";
import { CheckboxGroup } from "../../components/form/Checkbox";
import { Select } from "../../components/form/Select";
import { TextArea, TextInput } from "../../components/form/TextInput";
import { useI18n } from "../../i18n/I18nProvider";
import { blankStep, type PathwayFormValues, type PathwayStepValues } from "./pathwayFormValues";

/** Where the focus goes once the list has been re-rendered: the same button of the moved step, or the list's heading. */
type FocusRequest = { key: string; button: "up" | "down" } | { heading: true };

/**
 * A pathway's steps as an ordered list: add, remove, and move up or down with buttons (keyboard
 * and screen reader first; no drag needed). Each step links to contact points with the picker.
 * Every move or removal is announced, and the focus stays on the control that was pressed.
 */
export function PathwayStepsEditor({ kind }: { kind: PathwayKind }) {
  const { t, language } = useI18n();
  const { control, register, getValues } = useFormContext<PathwayFormValues>();
  const steps = useFieldArray({ control, name: "steps" });
  const [announcement, setAnnouncement] = useState("");
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const national = kind === "national";
  const count = steps.fields.length;
  const titleOf = (index: number) => getValues(`steps.${index}.title`) || t("pathways.untitledStep", { number: index + 1 });

  useEffect(() => {
    if (!focusRequest) return;
    setFocusRequest(null);
    if ("heading" in focusRequest) return heading.current?.focus();
    const wanted = document.getElementById(`step-${focusRequest.key}-${focusRequest.button}`) as HTMLButtonElement | null;
    // At the top or the bottom the pressed button is disabled: its sibling keeps the focus nearby.
    const other = document.getElementById(`step-${focusRequest.key}-${focusRequest.button === "up" ? "down" : "up"}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusRequest]);

  const move = (from: number, to: number, button: "up" | "down") => {
    const title = titleOf(from);
    steps.move(from, to);
    setFocusRequest({ key: steps.fields[from]!.id, button });
    setAnnouncement(t("pathways.stepMoved", { title, position: to + 1, total: count }));
  };
  const remove = (index: number) => {
    const title = titleOf(index);
    steps.remove(index);
    setFocusRequest({ heading: true });
    setAnnouncement(t("pathways.stepRemoved", { title }));
  };
  const add = () => {
    // A new step of a national pathway starts at the stage of the last one, so the order stays valid.
    const stage = national ? (getValues("steps") as PathwayStepValues[]).at(-1)?.stage : undefined;
    steps.append(blankStep(kind, stage) as never, { shouldFocus: false });
    setAnnouncement(t("pathways.stepAdded", { number: count + 1 }));
  };

  return (
    <section className="section" aria-labelledby="pathway-steps-heading">
      <h3 id="pathway-steps-heading" ref={heading} tabIndex={-1}>
        {t("pathways.steps")}
      </h3>
      <p className="meta">{national ? t("pathways.stepsHintNational") : t("pathways.stepsHint")}</p>
      <ol className="pathway-edit-steps">
        {steps.fields.map((field, i) => {
          const number = i + 1;
          return (
            <li key={field.id} className="pathway-edit-step" data-testid="pathway-edit-step">
              <fieldset className="fieldset">
                <legend className="fieldset-legend-medium">{t("pathways.stepNumber", { number })}</legend>
                <input type="hidden" {...register(`steps.${i}.id`, { setValueAs: (value: unknown) => (value ? value : undefined) })} />
                {national && (
                  <Select
                    name={`steps.${i}.stage`}
                    label={t("pathways.stepStage", { number })}
                    options={PATHWAY_STAGES.map((stage) => ({ value: stage, label: t(`pathways.stage.${stage}`) }))}
                    messages={{ stageOrder: ["pathways.stageOrder", { number }] }}
                  />
                )}
                <TextInput name={`steps.${i}.title`} label={t("pathways.stepTitle", { number })} />
                <TextArea name={`steps.${i}.description`} label={t("pathways.stepDescription", { number })} />
                <TextArea name={`steps.${i}.actors`} label={t("pathways.stepActors", { number })} rows={2} />
                <TextArea name={`steps.${i}.information`} label={t("pathways.stepInformation", { number })} rows={2} />
                <details>
                  <summary>{t("pathways.stepLanguages", { number })}</summary>
                  <CheckboxGroup
                    name={`steps.${i}.languages`}
                    legend={t("pathways.stepLanguages", { number })}
                    size="small"
                    choices={DIRECTORY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) }))}
                  />
                </details>
                <ContactPointPicker name={`steps.${i}.contactPointIds`} legend={t("pathways.stepContactPoints", { number })} max={L.stepContactPointsMax} />
                <div className="button-group">
                  <button type="button" id={`step-${field.id}-up`} className="button-secondary button-small" disabled={i === 0} onClick={() => move(i, i - 1, "up")}>
                    {t("pathways.moveUp", { number })}
                  </button>
                  <button type="button" id={`step-${field.id}-down`} className="button-secondary button-small" disabled={i === count - 1} onClick={() => move(i, i + 1, "down")}>
                    {t("pathways.moveDown", { number })}
                  </button>
                  {count > 1 && (
                    <button type="button" className="button-warning button-small" onClick={() => remove(i)}>
                      {t("pathways.removeStep", { number })}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {count < L.stepsMax && (
        <button type="button" className="button-secondary" onClick={add}>
          {t("pathways.addStep")}
        </button>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
