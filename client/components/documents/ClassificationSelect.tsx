import { CLASSIFICATIONS, type Classification } from "../../../shared/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { SelectField } from "../form/SelectField";

/** Who may see the document, with what each choice means right under the label. */
export function ClassificationSelect({ id, value, onChange, disabled }: { id: string; value: Classification; onChange(value: Classification): void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t("documents.classification")}
      hint={
        <ul className="hint-list">
          {CLASSIFICATIONS.map((classification) => (
            <li key={classification}>
              <strong>{t(`classification.${classification}`)}</strong>: {t(`classificationHint.${classification}`)}
            </li>
          ))}
        </ul>
      }
      value={value}
      disabled={disabled}
      onChange={(next) => onChange(next as Classification)}
      options={CLASSIFICATIONS.map((classification) => ({ value: classification, label: t(`classification.${classification}`) }))}
    />
  );
}
