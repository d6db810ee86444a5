import { useState } from "react";
import { Link } from "react-router";
import type { PresentedDirectoryGrant } from "../../../shared/directoryTypes";
import { directoryGrantSchema } from "../../../shared/schemas/directory";
import { directoryGrants, setDirectoryGrant } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { Form } from "../../components/form/Form";
import { SubmitButton } from "../../components/form/SubmitButton";
import { DateInput } from "../../components/form/DateInput";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/directory.css";

/** The secretariat lets an observer see named contact points until a day within their access, or withdraws it. */
export function GrantsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(directoryGrants);
  usePageTitle(t("grants.title"));
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory">{t("contactPoint.back")}</Link>
      </p>
      <h1>{t("grants.title")}</h1>
      <p className="lead">{t("grants.intro")}</p>
      <ResourceView resource={resource} onRetry={reload} isEmpty={(rows) => rows.length === 0} empty={<p>{t("grants.none")}</p>}>
        {(rows) => (
          <ul className="directory-results">
            {rows.map((grant) => (
              <li key={grant.userId} className="card">
                <GrantForm grant={grant} onSaved={(next) => update((all) => all.map((g) => (g.userId === next.userId ? next : g)))} />
              </li>
            ))}
          </ul>
        )}
      </ResourceView>
    </div>
  );
}

function GrantForm({ grant, onSaved }: { grant: PresentedDirectoryGrant; onSaved(next: PresentedDirectoryGrant): void }) {
  const { t, formatDateTime } = useI18n();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(directoryGrantSchema, { until: grant.peopleUntil });
  const day = (iso: string) => formatDateTime(iso, { dateStyle: "medium" });
  return (
    <Form
      form={form}
      idPrefix={`grant-${grant.userId}`}
      aria-label={grant.name}
      onSubmit={async (body) => {
        setSaved(false);
        onSaved(await setDirectoryGrant(grant.userId, body.until));
        setSaved(true);
      }}
    >
      <h2 className="directory-card-title">{grant.name}</h2>
      <p className="meta">
        {grant.email} · {grant.accessUntil ? t("grants.accessUntil", { date: day(grant.accessUntil) }) : t("grants.accessOpen")}
      </p>
      <p>{grant.peopleUntil ? t("grants.seesPeopleUntil", { date: day(grant.peopleUntil) }) : t("grants.seesNoPeople")}</p>
      {saved && <Notice kind="success">{t("grants.saved")}</Notice>}
      <DateInput name="until" label={t("grants.until")} hint={t("grants.untilHint")} emptyAs={null} />
      <SubmitButton variant="secondary">{t("grants.save")}</SubmitButton>
    </Form>
  );
}
