import { Link } from "react-router";
import { myActionItems } from "../api/meetings";
import { useResource } from "../api/useResource";
import { LoadFailure } from "../components/LoadFailure";
import { Loading } from "../components/Loading";
import { ActionItemTable } from "../components/meetings/ActionItems";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import "../styles/meetings.css";

/** What the signed-in user agreed to do, open ones first; overdue ones are marked in words. */
export function ActionItemsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(myActionItems);
  usePageTitle(t("meetings.myActions.title"));
  const overdue = resource.status === "ready" ? resource.data.filter((a) => a.overdue).length : 0;
  return (
    <div className="page page-wide">
      <h1>{t("meetings.myActions.title")}</h1>
      <p className="lead">{t("meetings.myActions.intro")}</p>
      {resource.status === "loading" && <Loading />}
      {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
      {resource.status === "ready" && (
        <>
          {overdue > 0 && <p className="notice is-warning">{t("meetings.myActions.overdue", { count: overdue })}</p>}
          <ActionItemTable items={resource.data} showMeeting canChange={() => true} onChanged={(next) => update((items) => items.map((i) => (i.id === next.id ? next : i)))} />
          <p><Link to="/meetings">{t("meetings.title")}</Link></p>
        </>
      )}
    </div>
  );
}
