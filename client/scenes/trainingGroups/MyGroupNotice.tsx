import { Link } from "react-router";
import { getMyGroups } from "../../api/trainingGroups";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";

/** On the training page: the participant's own group and a link to its case (nothing when in no group). */
export function MyGroupNotice({ trainingId }: { trainingId: string }) {
  const { t } = useI18n();
  const { resource } = useResource(() => getMyGroups(trainingId), trainingId);
  if (resource.status !== "ready" || resource.data.length === 0) return null;
  return (
    <section className="section" aria-labelledby="my-group-title">
      <h2 id="my-group-title">{t("trainingGroups.mine.title")}</h2>
      <ul>
        {resource.data.map((group) => (
          <li key={group.number}>
            {t("trainingGroups.mine.inGroup", { number: group.number })}{" "}
            {group.caseDocumentId ? <Link to={`/documents/${group.caseDocumentId}`}>{t("trainingGroups.openCase", { number: group.number })}</Link> : t("trainingGroups.mine.noCase")}
          </li>
        ))}
      </ul>
    </section>
  );
}
