import { useFormContext } from "react-hook-form";
import { CROSS_BORDER_SITUATIONS, DIRECTORY_COUNTRIES, EXPLOITATION_TAGS, type PathwayKind } from "../../../shared/directory";
import { CheckboxGroup } from "../../components/form/Checkbox";
import { LanguageSelect } from "../../components/form/LanguageSelect";
import { Select } from "../../components/form/Select";
import { TextArea, TextInput } from "../../components/form/TextInput";
import { useI18n } from "../../i18n/I18nProvider";
import type { PathwayFormValues } from "./pathwayFormValues";
import { PathwayStepsEditor } from "./PathwayStepsEditor";

/**
 * Everything a pathway holds, for creating and for editing. What cannot change once it exists (the
 * kind, a national pathway's country) is sent as it is, not asked again.
 */
export function PathwayFields({ creating }: { creating: boolean }) {
  const { t } = useI18n();
  const { register, watch } = useFormContext<PathwayFormValues>();
  const kind = watch("kind") as PathwayKind;
  const countries = DIRECTORY_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }));
  return (
    <>
      {creating ? (
        <Select name="kind" label={t("pathways.kind")} options={(["national", "cross_border"] as const).map((value) => ({ value, label: t(`pathways.kind.${value}`) }))} />
      ) : (
        <input type="hidden" {...register("kind")} />
      )}
      {kind === "national" &&
        (creating ? <Select name="country" label={t("pathways.country")} options={countries} /> : <input type="hidden" {...register("country")} />)}
      {kind === "cross_border" && (
        <>
          <Select name="fromCountry" label={t("pathways.fromCountry")} options={countries} />
          <Select name="situation" label={t("pathways.situation")} options={CROSS_BORDER_SITUATIONS.map((value) => ({ value, label: t(`pathways.situationChoice.${value}`) }))} />
          <Select name="toCountry" label={t("pathways.toCountry")} options={countries} messages={{ invalid: "pathways.sameCountries" }} />
          <CheckboxGroup name="exploitation" legend={t("pathways.exploitation")} size="small" choices={EXPLOITATION_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))} />
        </>
      )}
      <TextInput name="title" label={t("pathways.pathwayTitle")} />
      <TextArea name="summary" label={t("pathways.summary")} />
      <LanguageSelect label={t("pathways.language")} hint={t("pathways.languageHint")} />
      <PathwayStepsEditor kind={kind} />
    </>
  );
}
