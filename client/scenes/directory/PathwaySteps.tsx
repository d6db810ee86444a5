import type { PresentedPathway, PresentedPathwayStep } from "../../../shared/directoryTypes";
import { ContactPointCards } from "../../components/directory/ContactPointCards";
import { languageName } from "../../components/directory/directoryWords";
import { useI18n } from "../../i18n/I18nProvider";

/** One step: what happens, who acts, what to have at hand, in which language, and the contact points that do it. */
export function PathwayStepView({ step }: { step: PresentedPathwayStep }) {
  const { t, language } = useI18n();
  return (
    <>
      <h4 className="pathway-step-title">
        {step.title}
        {step.stage && <span className="meta block">{t(`pathways.stage.${step.stage}`)}</span>}
      </h4>
      {step.description && <p className="pre-line">{step.description}</p>}
      <dl className="directory-channels">
        {step.actors && (
          <div className="directory-channel">
            <dt>{t("pathways.who")}</dt>
            <dd className="pre-line">{step.actors}</dd>
          </div>
        )}
        {step.information && (
          <div className="directory-channel">
            <dt>{t("pathways.information")}</dt>
            <dd className="pre-line">{step.information}</dd>
          </div>
        )}
        {step.languages.length > 0 && (
          <div className="directory-channel">
            <dt>{t("pathways.inLanguages")}</dt>
            <dd>{step.languages.map((code) => languageName(code, language)).join(", ")}</dd>
          </div>
        )}
      </dl>
      <ContactPointCards cards={step.contactPoints} />
    </>
  );
}

/** A pathway's steps, in their order. */
export function PathwaySteps({ pathway }: { pathway: PresentedPathway }) {
  return (
    <ol className="pathway-steps" data-testid="pathway-steps" lang={pathway.language}>
      {pathway.steps.map((step) => (
        <li key={step.id} className="pathway-step">
          <PathwayStepView step={step} />
        </li>
      ))}
    </ol>
  );
}

/** "Identified in Belgium, exploited in Luxembourg". */
export function useSituation() {
  const { t } = useI18n();
  return (pathway: PresentedPathway) =>
    pathway.fromCountry && pathway.toCountry && pathway.situation
      ? t(`pathways.situation.${pathway.situation}`, { from: t(`country.${pathway.fromCountry}`), to: t(`country.${pathway.toCountry}`) })
      : "";
}
