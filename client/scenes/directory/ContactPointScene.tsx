import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { PresentedContactPoint } from "../../../shared/directoryTypes";
import { contactPoint, contactPointVcardUrl, deleteContactPoint, verifyContactPoint } from "../../api/directory";
import { toApiError, useResource } from "../../api/useResource";
import { languageName } from "../../components/directory/directoryWords";
import { FreshnessLine } from "../../components/directory/FreshnessBadge";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ResourceView } from "../../components/ResourceView";
import { ConfirmDialog } from "../../components/ui/ConfirmDialog";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import { ContactPointAccountLink } from "./ContactPointAccountLink";
import { ContactPointUpdateForm } from "./ContactPointUpdateForm";
import { OrganisationChannelsList } from "./OrganisationChannelsList";
import "../../styles/directory.css";

const OWNERS = new Set(["secretariat", "chair", "member"]);

/** One contact point: its channels, its organisation's, how fresh it is; full screen during a call; confirm or update for its owner. */
export function ContactPointScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload, update } = useResource(() => contactPoint(id), id);
  usePageTitle(resource.status === "ready" ? resource.data.displayName : t("directory.title"));
  return (
    <div className="directory-page">
      <p>
        <Link to="/directory">{t("contactPoint.back")}</Link>
      </p>
      <ResourceView
        resource={resource}
        onRetry={reload}
        level="page"
        notFound={{ title: t("contactPoint.notFound"), body: t("contactPoint.notFoundBody"), back: { to: "/directory", label: t("contactPoint.back") } }}
      >
        {(entry) => <ContactPointView entry={entry} onChange={(next) => update(() => next)} />}
      </ResourceView>
    </div>
  );
}

function ContactPointView({ entry, onChange }: { entry: PresentedContactPoint; onChange(next: PresentedContactPoint): void }) {
  const { t, language, formatDateTime } = useI18n();
  const account = useAccount();
  const [inCall, setInCall] = useState(false);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const leaveButton = useRef<HTMLButtonElement>(null);
  const enterButton = useRef<HTMLButtonElement>(null);
  const day = (iso: string) => formatDateTime(iso, { dateStyle: "medium" });

  useEffect(() => {
    if (!inCall) return;
    leaveButton.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setInCall(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [inCall]);

  const leaveCall = () => {
    setInCall(false);
    requestAnimationFrame(() => enterButton.current?.focus());
  };

  const confirm = () =>
    verifyContactPoint(entry.id).then(
      (next) => {
        onChange(next);
        setMessage({ kind: "success", text: t("contactPoint.confirmed", { date: day(next.freshness.nextVerificationAt) }) });
      },
      (error: unknown) => setMessage({ kind: "error", text: problemMessage(toApiError(error).problem, t, language) }),
    );

  const channel = (label: string, value: string | null, href?: string) =>
    value ? (
      <div className="directory-channel">
        <dt>{label}</dt>
        <dd>{href ? <a href={href}>{value}</a> : value}</dd>
      </div>
    ) : null;

  return (
    <article className={inCall ? "contact-point is-call-view" : "contact-point"} data-testid="contact-point" aria-labelledby="contact-point-title">
      <h1 id="contact-point-title">{entry.displayName}</h1>
      {entry.kind === "person" && <p className="contact-point-function">{entry.function}</p>}
      <p className="lead">
        <Link to={`/directory/organisations/${entry.organisation.id}`}>{entry.organisation.name}</Link> · {t(`country.${entry.country}`)}
      </p>
      <FreshnessLine freshness={entry.freshness} />
      {entry.freshness.status === "stale" && <Notice kind="warning">{t("contactPoint.staleNotice")}</Notice>}
      <div className="button-group">
        {inCall ? (
          <button type="button" ref={leaveButton} className="button-secondary" onClick={leaveCall}>
            {t("contactPoint.leaveCallView")}
          </button>
        ) : (
          <button type="button" ref={enterButton} className="button-secondary" onClick={() => setInCall(true)}>
            {t("contactPoint.callView")}
          </button>
        )}
        {!inCall && OWNERS.has(account.role) && (
          <a className="button-secondary button-link-like" href={contactPointVcardUrl(entry.id)} download>
            {t("contactPoint.vcard")}
          </a>
        )}
      </div>
      <section aria-labelledby="contact-point-channels">
        <h2 id="contact-point-channels">{t("contactPoint.channels")}</h2>
        <dl className="directory-channels">
          {channel(t("contactPoint.phone"), entry.channels.phone, `tel:${entry.channels.phone.replace(/\s/g, "")}`)}
          {channel(t("contactPoint.mobile"), entry.channels.mobile, entry.channels.mobile ? `tel:${entry.channels.mobile.replace(/\s/g, "")}` : undefined)}
          {channel(t("contactPoint.email"), entry.channels.email, `mailto:${entry.channels.email}`)}
          {channel(t("contactPoint.secureEmail"), entry.channels.secureEmail, `mailto:${entry.channels.secureEmail}`)}
          {channel(t("contactPoint.hours"), entry.channels.hours)}
          {channel(t("directory.languages"), entry.languages.map((code) => languageName(code, language)).join(", "))}
        </dl>
      </section>
      {!inCall && (
        <>
          {entry.tags.length > 0 && (
            <section aria-labelledby="contact-point-tags">
              <h2 id="contact-point-tags">{t("directory.tags")}</h2>
              <ul className="tag-list">
                {entry.tags.map((tag) => (
                  <li key={tag} className="tag">{t(`tag.${tag}`)}</li>
                ))}
              </ul>
            </section>
          )}
          {entry.notes && (
            <section aria-labelledby="contact-point-notes">
              <h2 id="contact-point-notes">{t("contactPoint.notes")}</h2>
              <p className="pre-line">{entry.notes}</p>
            </section>
          )}
          <section aria-labelledby="contact-point-organisation">
            <h2 id="contact-point-organisation">{t("contactPoint.organisationChannels")}</h2>
            <OrganisationChannelsList channels={entry.organisationChannels} />
          </section>
          <section className="section" aria-labelledby="contact-point-verification">
            <h2 id="contact-point-verification">{t("contactPoint.lastVerified")}</h2>
            <dl className="directory-channels">
              <div className="directory-channel">
                <dt>{t("contactPoint.lastVerified")}</dt>
                <dd>{entry.freshness.verifiedBy ? t("contactPoint.verifiedBy", { date: day(entry.freshness.verifiedAt), name: entry.freshness.verifiedBy.name }) : day(entry.freshness.verifiedAt)}</dd>
              </div>
              <div className="directory-channel">
                <dt>{t("contactPoint.nextVerification")}</dt>
                <dd>{day(entry.freshness.nextVerificationAt)}</dd>
              </div>
            </dl>
            {message && <Notice kind={message.kind}>{message.text}</Notice>}
            <div className="button-group">
              {entry.policies.verify && (
                <button type="button" className="button-primary" onClick={() => void confirm()}>
                  {t("contactPoint.confirm")}
                </button>
              )}
              {entry.policies.update && !editing && (
                <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                  {t("contactPoint.update")}
                </button>
              )}
            </div>
            {editing && (
              <ContactPointUpdateForm
                entry={entry}
                onCancel={() => setEditing(false)}
                onSaved={(next) => {
                  onChange(next);
                  setEditing(false);
                  setMessage({ kind: "success", text: t("contactPoint.saved", { date: day(next.freshness.nextVerificationAt) }) });
                }}
              />
            )}
          </section>
          <ContactPointAccountLink entry={entry} onSaved={onChange} />
          {entry.policies.delete && <RemoveContactPoint entry={entry} />}
        </>
      )}
    </article>
  );
}

/** Removing asks first; afterwards the organisation's page says it is done (the server audits it). */
function RemoveContactPoint({ entry }: { entry: PresentedContactPoint }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <section className="section" aria-labelledby="contact-point-remove">
      <h2 id="contact-point-remove" className="visually-hidden">
        {t("contactPoint.remove")}
      </h2>
      <ConfirmDialog
        trigger={
          <button type="button" className="button-warning">
            {t("contactPoint.remove")}
          </button>
        }
        title={t("contactPoint.removeTitle", { name: entry.displayName })}
        consequence={t("contactPoint.removeConsequence")}
        confirmLabel={t("contactPoint.remove")}
        onConfirm={async () => {
          await deleteContactPoint(entry.id);
          void navigate(`/directory/organisations/${entry.organisation.id}`, { state: { removed: entry.displayName } });
        }}
      />
    </section>
  );
}
