import { Link } from "react-router";
import type { PresentedDocumentVersion } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { TableWrap } from "../TableWrap";

/** Versions, newest first: when, what kind, who wrote the changes in it. */
export function VersionList({ documentId, versions }: { documentId: string; versions: PresentedDocumentVersion[] }) {
  const { t, formatDateTime } = useI18n();
  if (versions.length === 0) return <p>{t("history.none")}</p>;
  return (
    <TableWrap label={t("history.versions")}>
      <table className="table">
        <caption className="visually-hidden">{t("history.versions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("history.when")}</th>
            <th scope="col">{t("history.version")}</th>
            <th scope="col">{t("history.authors")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id}>
              <td>
                <Link to={`/documents/${encodeURIComponent(documentId)}/history/${encodeURIComponent(version.id)}`}>
                  {formatDateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </Link>
              </td>
              <td>
                <span className="block">{t("compare.number", { number: version.number })}</span>
                {version.name ? <strong>{version.name}</strong> : null}
                <span className="meta block">{t(`versionKind.${version.kind}`)}</span>
              </td>
              <td>{version.authors.length > 0 ? version.authors.map((author) => author.name).join(", ") : t("history.noAuthors")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
