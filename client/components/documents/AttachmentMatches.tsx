import { Link } from "react-router";
import type { PresentedAttachmentMatch } from "../../../shared/attachmentTypes";
import { ATTACHMENT_LIMITS } from "../../../shared/attachments";
import { downloadUrl, searchAttachments } from "../../api/attachments";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";
import { ResourceView } from "../ResourceView";
import { ClassificationBadge } from "./DocumentBadges";

const PARENT_PATHS = { document: "/documents/", meeting: "/meetings/", training: "/trainings/" } as const;
const parentPath = (parent: PresentedAttachmentMatch["parent"]) => `${PARENT_PATHS[parent.kind]}${encodeURIComponent(parent.id)}`;

/** Files whose text holds the searched words, under the documents found (the server checks who may read each). */
export function AttachmentMatches({ q }: { q: string }) {
  const { t, language } = useI18n();
  const { resource, reload } = useResource(() => searchAttachments(q), q);
  return (
    <section aria-labelledby="attachment-matches-heading" className="attachment-matches">
      <h2 id="attachment-matches-heading">{t("attachmentSearch.heading")}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(matches) => (
          <>
            <p role="status" className="meta">
              {plural(t, language, "attachmentSearch.count", matches.length)}
              {matches.length === ATTACHMENT_LIMITS.searchResults && ` ${t("attachmentSearch.more")}`}
            </p>
            {matches.length > 0 && (
              <ul className="attachment-match-list">
                {matches.map((match) => (
                  <li key={match.id}>
                    <a href={downloadUrl(match.id, match.versionId)} download>
                      {match.name}
                    </a>{" "}
                    <ClassificationBadge classification={match.classification} />
                    <span className="meta block">
                      {t(`attachmentSearch.attachedTo.${match.parent.kind}`)} <Link to={parentPath(match.parent)}>{match.parent.label}</Link>
                    </span>
                    {match.excerpt && <span className="block attachment-match-excerpt">{match.excerpt}</span>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}
