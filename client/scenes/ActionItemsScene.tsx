import { Link } from "react-router";
import { myActionItems } from "../api/meetings";
import { useResource } from "../api/useResource";
import { ActionItemTable } from "../components/meetings/ActionItems";
import { ResourceView } from "../components/ResourceView";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import "../styles/meetings.css";

/** What the signed-in user agreed to do, open ones first; overdue ones are marked in words. */
export function ActionItemsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(myActionItems);
  usePageTitle(t("meetings.myActions.title"));
  return (
    <div className="page page-wide">
      <h1>{t("meetings.myActions.title")}</h1>
      <p className="lead">{t("meetings.myActions.intro")}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {(items) => {
          const overdue = items.filter((a) => a.overdue).length;
          return (
            <>
              {overdue > 0 && <p className="notice is-warning">{t("meetings.myActions.overdue", { count: overdue })}</p>}
              <ActionItemTable items={items} showMeeting canChange={() => true} onChanged={(next) => update((all) => all.map((i) => (i.id === next.id ? next : i)))} />
              <p>
                <Link to="/meetings">{t("meetings.title")}</Link>
              </p>
            </>
          );
        }}
      </ResourceView>
    </div>
  );
}
