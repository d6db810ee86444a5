import { Link } from "react-router";
import { freshnessReport } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { FreshnessBadge } from "../../components/directory/FreshnessBadge";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/directory.css";

/** The secretariat's freshness report: per country, how many entries are verified, due or stale, and the oldest ones. */
export function FreshnessScene() {
  const { t, formatDateTime } = useI18n();
  const { resource, reload } = useResource(freshnessReport);
  usePageTitle(t("freshness.title"));
  const day = (iso: string) => formatDateTime(iso, { dateStyle: "medium" });
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory">{t("contactPoint.back")}</Link>
      </p>
      <h1>{t("freshness.title")}</h1>
      <p className="lead">{t("freshness.intro")}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {(report) => (
          <>
            <p className="meta">{t("freshness.generatedAt", { time: formatDateTime(report.generatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
            <TableWrap label={t("freshness.title")}>
              <table className="table" data-testid="freshness-report">
                <thead>
                  <tr>
                    <th scope="col">{t("directory.country")}</th>
                    <th scope="col">{t("freshness.total")}</th>
                    <th scope="col">{t("directory.status.fresh")}</th>
                    <th scope="col">{t("directory.status.due")}</th>
                    <th scope="col">{t("directory.status.stale")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.countries.map((row) => (
                    <tr key={row.country}>
                      <th scope="row">
                        <Link to={`/directory?country=${row.country}&status=stale`}>{t(`country.${row.country}`)}</Link>
                      </th>
                      <td>{row.total}</td>
                      <td>{row.fresh}</td>
                      <td>{row.due}</td>
                      <td>{row.stale}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {report.countries
              .filter((row) => row.oldest.length > 0)
              .map((row) => (
                <section key={row.country} className="section-tight" aria-labelledby={`oldest-${row.country}`}>
                  <h2 id={`oldest-${row.country}`}>{t("freshness.oldest", { country: t(`country.${row.country}`) })}</h2>
                  <ul className="directory-mini-cards">
                    {row.oldest.map((card) => (
                      <li key={card.id} className="directory-mini-card">
                        <Link to={`/directory/contact-points/${card.id}`}>{card.displayName}</Link>
                        <span className="meta block">
                          {card.organisation.name} · {t("freshness.verifiedAt")}: {day(card.verifiedAt)}
                        </span>
                        <FreshnessBadge status={card.freshness} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </>
        )}
      </ResourceView>
    </div>
  );
}
