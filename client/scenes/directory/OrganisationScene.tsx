import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { PresentedDirectoryOrganisation } from "../../../shared/directoryTypes";
import { directoryOrganisation, searchContactPoints, setOrganisationEditors } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { ContactPointSummaryList } from "../../components/directory/ContactPointSummaryCard";
import { languageName } from "../../components/directory/directoryWords";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { Notice } from "../../components/Notice";
import { OrganisationChannelsList } from "./OrganisationChannelsList";
import { OrganisationEditForm } from "./OrganisationEditForm";
import { ContactPointCreateForm } from "./ContactPointCreateForm";
import { EditorsForm } from "./EditorsForm";
import "../../styles/directory.css";

/** An organisation's page: its official names, address, website, languages, general channels and contact points. */
export function OrganisationScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload, update } = useResource(() => directoryOrganisation(id), id);
  usePageTitle(resource.status === "ready" ? resource.data.name : t("directory.title"));
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory">{t("contactPoint.back")}</Link>
      </p>
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("organisation.notFound"), back: { to: "/directory", label: t("contactPoint.back") } }}>
        {(organisation) => <OrganisationView organisation={organisation} onSaved={(next) => update(() => next)} />}
      </ResourceView>
    </div>
  );
}

function OrganisationView({ organisation, onSaved }: { organisation: PresentedDirectoryOrganisation; onSaved(next: PresentedDirectoryOrganisation): void }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  // Set by the contact point's page after it was removed: its name, said once here.
  const removed = (useLocation().state as { removed?: string } | null)?.removed;
  const entries = useResource(() => searchContactPoints({ organisationId: organisation.id }, 0, 100), organisation.id);
  const names = (["nl", "fr", "en"] as const).filter((l) => organisation.officialNames[l]);
  const { street, postalCode, city } = organisation.address;
  return (
    <>
      <h1>{organisation.name}</h1>
      <p className="lead">
        {t(`country.${organisation.country}`)} · {t(`organisationType.${organisation.discipline}`)}
      </p>
      <dl className="directory-channels">
        {names.length > 0 && (
          <div className="directory-channel">
            <dt>{t("organisation.officialNames")}</dt>
            <dd>
              {names.map((l) => (
                <span key={l} lang={l} className="block">{organisation.officialNames[l]}</span>
              ))}
            </dd>
          </div>
        )}
        {(street || city) && (
          <div className="directory-channel">
            <dt>{t("organisation.address")}</dt>
            <dd>
              <span className="block">{street}</span>
              <span className="block">{[postalCode, city].filter(Boolean).join(" ")}</span>
            </dd>
          </div>
        )}
        {organisation.website && (
          <div className="directory-channel">
            <dt>{t("organisation.website")}</dt>
            <dd><a href={organisation.website} rel="noopener noreferrer">{organisation.website}</a></dd>
          </div>
        )}
        {organisation.languages.length > 0 && (
          <div className="directory-channel">
            <dt>{t("organisation.languagesServed")}</dt>
            <dd>{organisation.languages.map((code) => languageName(code, language)).join(", ")}</dd>
          </div>
        )}
      </dl>
      {saved && <Notice kind="success">{t("organisation.saved")}</Notice>}
      {organisation.policies.update && !editing && (
        <button type="button" className="button-secondary" onClick={() => (setEditing(true), setSaved(false))}>
          {t("organisation.edit")}
        </button>
      )}
      {editing && (
        <OrganisationEditForm
          organisation={organisation}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            onSaved(next);
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
      <section aria-labelledby="organisation-channels">
        <h2 id="organisation-channels">{t("organisation.channels")}</h2>
        <OrganisationChannelsList channels={organisation.channels} />
      </section>
      <section className="section" aria-labelledby="organisation-contact-points">
        <h2 id="organisation-contact-points">{t("organisation.contactPoints")}</h2>
        {removed && <Notice kind="success">{t("contactPoint.removed", { name: removed })}</Notice>}
        {organisation.policies.addContactPoint &&
          (adding ? (
            <ContactPointCreateForm organisationId={organisation.id} onCancel={() => setAdding(false)} onCreated={(created) => navigate(`/directory/contact-points/${created.id}`)} />
          ) : (
            <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
              {t("organisation.addContactPoint")}
            </button>
          ))}
        <ResourceView resource={entries.resource} onRetry={entries.reload} isEmpty={(page) => page.items.length === 0} empty={<p>{t("directory.empty")}</p>}>
          {(page) => (
            <ContactPointSummaryList entries={page.items} />
          )}
        </ResourceView>
      </section>
      {organisation.policies.manageEditors && (
        <EditorsForm
          idPrefix="organisation-editors"
          editorIds={organisation.editorIds}
          intro={t("editors.organisationIntro")}
          onSave={async (editorIds) => onSaved(await setOrganisationEditors(organisation.id, editorIds))}
        />
      )}
    </>
  );
}
