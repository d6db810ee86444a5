import { Link } from "react-router";
import type { PresentedContactPointSummary } from "../../../shared/directoryTypes";
import { useI18n } from "../../i18n/I18nProvider";
import { languageName } from "./directoryWords";
import { FreshnessLine } from "./FreshnessBadge";

/** A search result: who, for what, in which languages, and whether it is still fresh. */
export function ContactPointSummaryCard({ entry, headingLevel = 3 }: { entry: PresentedContactPointSummary; headingLevel?: 2 | 3 }) {
  const { t, language } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card directory-card" data-testid="contact-point-result" data-status={entry.freshness.status}>
      <Heading className="directory-card-title">
        <Link to={`/directory/contact-points/${entry.id}`}>{entry.displayName}</Link>
      </Heading>
      {entry.kind === "person" && <p className="directory-card-function">{entry.function}</p>}
      <p className="meta">
        <Link to={`/directory/organisations/${entry.organisation.id}`}>{entry.organisation.name}</Link> · {t(`country.${entry.country}`)} · {t(`organisationType.${entry.organisation.discipline}`)}
      </p>
      {entry.tags.length > 0 && (
        <ul className="tag-list" aria-label={t("directory.tags")}>
          {entry.tags.map((tag) => (
            <li key={tag} className="tag">
              {t(`tag.${tag}`)}
            </li>
          ))}
        </ul>
      )}
      {entry.languages.length > 0 && (
        <p className="meta">
          {t("directory.languages")}: {entry.languages.map((code) => languageName(code, language)).join(", ")}
        </p>
      )}
      <FreshnessLine freshness={entry.freshness} />
    </article>
  );
}

/** Search results, one's entries to confirm, an organisation's entries: a list of summary cards. */
export function ContactPointSummaryList({ entries, testId }: { entries: PresentedContactPointSummary[]; testId?: string }) {
  return (
    <ul className="directory-results" data-testid={testId}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <ContactPointSummaryCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}
