import { CLASSIFICATIONS } from "../../../shared/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { Select } from "../form/Select";

/** Who may see the document, with what each choice means right under the label. */
export function ClassificationSelect({ name = "classification", disabled }: { name?: string; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <Select
      name={name}
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
      disabled={disabled}
      options={CLASSIFICATIONS.map((classification) => ({ value: classification, label: t(`classification.${classification}`) }))}
    />
  );
}
