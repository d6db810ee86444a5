import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { findPersonalData, type PersonalDataFinding } from "../../../shared/personalData/core";
import { loadNameData } from "../../editor/personalDataHighlight";
import { useI18n } from "../../i18n/I18nProvider";
import { asKind, asReason } from "../documents/personalDataRows";

/**
 * Likely personal data in a form's text fields, found by the shared detector as the server will
 * (names once the gazetteer chunk is there), listed under the fields with why and the masked value.
 * Ticking one acknowledges it in the form's `acknowledgedFindings` (the server records and audits it).
 */
export function WrittenTextFindings({ fields }: { fields: string[] }) {
  const { t } = useI18n();
  const form = useFormContext();
  const texts = form.watch(fields) as Array<string | undefined>;
  const acknowledged = (form.watch("acknowledgedFindings") as string[] | undefined) ?? [];
  const [namesReady, setNamesReady] = useState(false);
  useEffect(() => {
    let current = true;
    void loadNameData().then(() => current && setNamesReady(true));
    return () => {
      current = false;
    };
  }, []);

  const seen = new Set<string>();
  const findings: PersonalDataFinding[] = [];
  for (const text of texts) {
    for (const finding of findPersonalData(text ?? "")) {
      if (!seen.has(finding.key)) findings.push(finding);
      seen.add(finding.key);
    }
  }
  if (findings.length === 0) return null;
  const toggle = (key: string, on: boolean) =>
    form.setValue("acknowledgedFindings", on ? [...acknowledged, key] : acknowledged.filter((k) => k !== key), { shouldDirty: true });

  return (
    <div className="notice is-warning written-findings" role="status" data-names-ready={namesReady}>
      <p className="notice-title">{t("writtenFindings.title")}</p>
      <p>{t("writtenFindings.hint")}</p>
      <ul>
        {findings.map((finding) => (
          <li key={finding.key}>
            <strong>{t(`personalData.kind.${asKind(finding.kind)}`)}</strong>: {finding.masked}
            <span className="finding-reason"> — {t(`personalData.reason.${asReason(finding.reason)}`, { context: finding.reasonContext ?? "" })}</span>
            <label className="checkbox-label">
              <input type="checkbox" checked={acknowledged.includes(finding.key)} onChange={(event) => toggle(finding.key, event.target.checked)} />
              {t("writtenFindings.acknowledge")}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
