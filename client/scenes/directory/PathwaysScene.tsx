import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { DIRECTORY_COUNTRIES, PATHWAY_STAGES, type DirectoryCountry } from "../../../shared/directory";
import type { PathwayComparison, PresentedPathway, PresentedPathwayStep } from "../../../shared/directoryTypes";
import { comparePathways, pathways } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import { PathwaySteps, PathwayStepView, useSituation } from "./PathwaySteps";
import "../../styles/directory.css";

export const isCountry = (value: string | null): value is DirectoryCountry => DIRECTORY_COUNTRIES.includes(value as DirectoryCountry);

/** Referral pathways: one country's mechanism and its cross-border pathways, or two countries side by side, stage by stage. */
export function PathwaysScene() {
  const { t } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const country = isCountry(params.get("country")) ? (params.get("country") as DirectoryCountry) : "BE";
  const other = isCountry(params.get("compare")) && params.get("compare") !== country ? (params.get("compare") as DirectoryCountry) : null;
  usePageTitle(t("pathways.title"));
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory">{t("contactPoint.back")}</Link>
      </p>
      <h1>{t("pathways.title")}</h1>
      <p className="lead">{t("pathways.intro")}</p>
      {/* Creating is the secretariat's (the policy decides on the server; this only hides a button that would be refused). */}
      {account.role === "secretariat" && (
        <p>
          <Link className="button-secondary" to={`/directory/pathways/new?country=${country}`}>
            {t("pathways.new")}
          </Link>
        </p>
      )}
      <CountryChooser key={params.toString()} country={country} other={other} onChoose={(a, b) => setParams(b ? { country: a, compare: b } : { country: a })} />
      {other ? <Comparison a={country} b={other} /> : <CountryPathways country={country} />}
    </div>
  );
}

/** Plain selects (not a schema form): nothing is sent, the choice goes into the address. */
function CountryChooser({ country, other, onChoose }: { country: DirectoryCountry; other: DirectoryCountry | null; onChoose(a: DirectoryCountry, b: DirectoryCountry | null): void }) {
  const { t } = useI18n();
  const [a, setA] = useState<string>(country);
  const [b, setB] = useState<string>(other ?? "");
  return (
    <form
      className="filters"
      aria-label={t("pathways.title")}
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(a as DirectoryCountry, isCountry(b) && b !== a ? b : null);
      }}
    >
      <div className="filters-grid">
        <div className="field">
          <label className="field-label" htmlFor="pathways-country">{t("pathways.country")}</label>
          <select id="pathways-country" className="select" value={a} onChange={(event) => setA(event.target.value)}>
            {DIRECTORY_COUNTRIES.map((c) => (
              <option key={c} value={c}>{t(`country.${c}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="pathways-compare">{t("pathways.compareWith")}</label>
          <select id="pathways-compare" className="select" value={b} onChange={(event) => setB(event.target.value)}>
            <option value="">{t("pathways.noComparison")}</option>
            {DIRECTORY_COUNTRIES.filter((c) => c !== a).map((c) => (
              <option key={c} value={c}>{t(`country.${c}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button-primary">{t("pathways.show")}</button>
    </form>
  );
}

function CountryPathways({ country }: { country: DirectoryCountry }) {
  const { t } = useI18n();
  const { resource, reload } = useResource(() => pathways({ country }), country);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(all) => {
        const national = all.find((p) => p.kind === "national" && p.country === country);
        const crossBorder = all.filter((p) => p.kind === "cross_border");
        return (
          <>
            <section className="section" aria-labelledby="pathways-national">
              <h2 id="pathways-national">{t("pathways.national")}: {t(`country.${country}`)}</h2>
              {national ? <PathwayBlock pathway={national} /> : <p>{t("pathways.noNational")}</p>}
            </section>
            <CrossBorderList pathways={crossBorder} />
          </>
        );
      }}
    </ResourceView>
  );
}

function PathwayBlock({ pathway }: { pathway: PresentedPathway }) {
  const { t } = useI18n();
  return (
    <div className="pathway" data-testid="pathway">
      <h3>
        <Link to={`/directory/pathways/${pathway.id}`}>{pathway.title}</Link>
      </h3>
      {pathway.summary && <p lang={pathway.language}>{pathway.summary}</p>}
      <PathwaySteps pathway={pathway} />
      <p>
        <Link to={`/directory/pathways/${pathway.id}`}>{t("pathways.open")}</Link>
      </p>
    </div>
  );
}

function CrossBorderList({ pathways: list }: { pathways: PresentedPathway[] }) {
  const { t } = useI18n();
  const situation = useSituation();
  return (
    <section className="section" aria-labelledby="pathways-cross-border">
      <h2 id="pathways-cross-border">{t("pathways.crossBorder")}</h2>
      {list.length === 0 ? (
        <p>{t("pathways.noCrossBorder")}</p>
      ) : (
        <ul className="directory-results">
          {list.map((p) => (
            <li key={p.id} className="card">
              <h3>
                <Link to={`/directory/pathways/${p.id}`}>{p.title}</Link>
              </h3>
              <p className="meta">
                {situation(p)}
                {p.exploitation.length > 0 && ` · ${p.exploitation.map((tag) => t(`tag.${tag}`)).join(", ")}`}
              </p>
              {p.summary && <p lang={p.language}>{p.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Stage by stage, two columns (one under the other on a phone). */
function Comparison({ a, b }: { a: DirectoryCountry; b: DirectoryCountry }) {
  const { t } = useI18n();
  const { resource, reload } = useResource(() => comparePathways(a, b), `${a},${b}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(comparison: PathwayComparison) => (
        <>
          <section className="section" aria-labelledby="pathways-compare-title">
            <h2 id="pathways-compare-title">
              {t("pathways.national")}: {t(`country.${a}`)} · {t(`country.${b}`)}
            </h2>
            <div className="pathway-compare" data-testid="pathway-compare">
              {PATHWAY_STAGES.map((stage) => {
                const row = comparison.stages.find((s) => s.stage === stage);
                const sides: [PresentedPathwayStep[], PresentedPathwayStep[]] = row?.steps ?? [[], []];
                return (
                  <section key={stage} className="pathway-compare-stage" aria-labelledby={`stage-${stage}`}>
                    <h3 id={`stage-${stage}`}>{t(`pathways.stage.${stage}`)}</h3>
                    <div className="pathway-compare-columns">
                      {comparison.countries.map((country, side) => (
                        <div key={country} className="pathway-compare-column">
                          <p className="meta"><strong>{t(`country.${country}`)}</strong></p>
                          {sides[side as 0 | 1].length === 0 ? (
                            <p className="meta">{comparison.national[side] ? t("pathways.nothingAtStage") : t("pathways.noNational")}</p>
                          ) : (
                            <ol className="pathway-steps" lang={comparison.national[side]?.language}>
                              {sides[side as 0 | 1].map((step) => (
                                <li key={step.id} className="pathway-step">
                                  <PathwayStepView step={step} />
                                </li>
                              ))}
                            </ol>
                          )}
                        </div>
                      ))}
                    </div>
                  </section>
                );
              })}
            </div>
          </section>
          <CrossBorderList pathways={comparison.crossBorder} />
        </>
      )}
    </ResourceView>
  );
}
