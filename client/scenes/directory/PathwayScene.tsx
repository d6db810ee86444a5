import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import type { PresentedPathway } from "../../../shared/directoryTypes";
import { pathway as loadPathway, pathwayHistory, setPathwayEditors } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { EditorsForm } from "./EditorsForm";
import { PathwayEditForm } from "./PathwayEditForm";
import { PathwaySteps, useSituation } from "./PathwaySteps";
import "../../styles/directory.css";

/** One referral pathway: its steps with their contact points, its change history, and editing for the secretariat and its named editors. */
export function PathwayScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload, update } = useResource(() => loadPathway(id), id);
  usePageTitle(resource.status === "ready" ? resource.data.title : t("pathways.title"));
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory/pathways">{t("pathways.back")}</Link>
      </p>
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("pathways.notFound"), back: { to: "/directory/pathways", label: t("pathways.back") } }}>
        {(pathway) => <PathwayView pathway={pathway} onSaved={(next) => update(() => next)} />}
      </ResourceView>
    </div>
  );
}

function PathwayView({ pathway, onSaved }: { pathway: PresentedPathway; onSaved(next: PresentedPathway): void }) {
  const { t, formatDateTime } = useI18n();
  const situation = useSituation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const created = (useLocation().state as { created?: boolean } | null)?.created === true && saved === null && pathway.version === 1;
  const date = formatDateTime(pathway.updatedAt, { dateStyle: "medium" });
  return (
    <>
      <h1 lang={pathway.language}>{pathway.title}</h1>
      <p className="lead">
        {pathway.kind === "national" && pathway.country ? `${t("pathways.national")}: ${t(`country.${pathway.country}`)}` : situation(pathway)}
        {pathway.exploitation.length > 0 && ` · ${pathway.exploitation.map((tag) => t(`tag.${tag}`)).join(", ")}`}
      </p>
      <p className="meta">
        {pathway.updatedBy ? t("pathways.versionBy", { version: pathway.version, date, name: pathway.updatedBy.name }) : t("pathways.version", { version: pathway.version, date })}
      </p>
      {created && <Notice kind="success">{t("pathways.created.notice")}</Notice>}
      {saved !== null && <Notice kind="success">{t("pathways.saved", { version: saved })}</Notice>}
      {pathway.summary && <p lang={pathway.language} className="pre-line">{pathway.summary}</p>}
      {editing ? (
        <PathwayEditForm
          pathway={pathway}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            onSaved(next);
            setSaved(next.version);
            setEditing(false);
          }}
        />
      ) : (
        <>
          {pathway.policies.update && (
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              {t("pathways.edit")}
            </button>
          )}
          <PathwaySteps pathway={pathway} />
        </>
      )}
      {pathway.policies.manageEditors && !editing && (
        <EditorsForm
          idPrefix="pathway-editors"
          editorIds={pathway.editorIds}
          intro={t("editors.pathwayIntro")}
          onSave={async (editorIds) => onSaved(await setPathwayEditors(pathway.id, editorIds))}
        />
      )}
      {pathway.policies.readHistory && <PathwayHistory pathwayId={pathway.id} version={pathway.version} />}
    </>
  );
}

function PathwayHistory({ pathwayId, version }: { pathwayId: string; version: number }) {
  const { t, formatDateTime } = useI18n();
  const { resource, reload } = useResource(() => pathwayHistory(pathwayId), `${pathwayId}@${version}`);
  return (
    <section className="section" aria-labelledby="pathway-history">
      <h2 id="pathway-history">{t("pathways.history")}</h2>
      <ResourceView resource={resource} onRetry={reload} isEmpty={(rows) => rows.length === 0} empty={<p>{t("pathways.historyNone")}</p>}>
        {(rows) => (
          <ol className="pathway-history" reversed data-testid="pathway-history">
            {rows.map((row) => {
              const date = formatDateTime(row.at, { dateStyle: "medium", timeStyle: "short" });
              return (
                <li key={row.version}>
                  <strong>{row.by ? t("pathways.versionBy", { version: row.version, date, name: row.by.name }) : t("pathways.version", { version: row.version, date })}</strong>
                  <span className="meta block">{row.changes.map((c) => (c === "created" ? t("pathways.created") : c)).join("; ")}</span>
                </li>
              );
            })}
          </ol>
        )}
      </ResourceView>
    </section>
  );
}
