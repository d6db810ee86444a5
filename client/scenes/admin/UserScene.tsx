import { useState } from "react";
import { Link, useParams } from "react-router";
import type { CreatedLink, PresentedOrganisation, PresentedUser } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { createPasswordReset, listOrganisations, listUsers } from "../../api/admin";
import { toApiError, useResource } from "../../api/useResource";
import type { ApiError } from "../../api/http";
import { UserAccessForm } from "../../components/admin/UserAccessForm";
import { UserStatus } from "../../components/admin/UserStatus";
import { CreatedLinkPanel } from "../../components/CreatedLinkPanel";
import { LoadFailure } from "../../components/LoadFailure";
import { ResourceView } from "../../components/ResourceView";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";

/** One person's access: role, organisation, end date, active or not, and a password reset link. */
export function UserScene() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { resource, reload, update } = useResource(() => Promise.all([listUsers(), listOrganisations()]), id);
  usePageTitle(t("user.title"));
  const back = { to: "/admin/users", label: t("user.back") };

  return (
    <div className="page">
      <ResourceView resource={resource} onRetry={reload} level="page" notFound={{ title: t("user.notFound"), back }}>
        {([users, organisations]) => {
          const user = users.find((candidate) => candidate.id === id);
          if (!user) {
            return (
              <div data-testid="not-found">
                <h1>{t("user.notFound")}</h1>
                <p>
                  <Link to={back.to}>{back.label}</Link>
                </p>
              </div>
            );
          }
          const replaceUser = (saved: PresentedUser) => update(([all, orgs]) => [all.map((u) => (u.id === saved.id ? saved : u)), orgs]);
          return <UserDetails user={user} organisations={organisations} onSaved={replaceUser} />;
        }}
      </ResourceView>
    </div>
  );
}

function UserDetails({ user, organisations, onSaved }: { user: PresentedUser; organisations: PresentedOrganisation[]; onSaved(user: PresentedUser): void }) {
  const { t, formatDateTime } = useI18n();
  const me = useAccount();
  const [link, setLink] = useState<CreatedLink | null>(null);
  const [linkError, setLinkError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const [sendEmail, setSendEmail] = useState(false);

  const createLink = async () => {
    setCreating(true);
    setLinkError(null);
    try {
      setLink(await createPasswordReset(user.id, sendEmail));
    } catch (error) {
      setLinkError(toApiError(error));
    } finally {
      setCreating(false);
    }
  };

  return (
    <>
      <p>
        <Link to="/admin/users" className="back-link">
          {t("user.back")}
        </Link>
      </p>
      <h1>{user.name}</h1>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t("field.email.label")}</dt>
          <dd>{user.email}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("users.status")}</dt>
          <dd>
            <UserStatus user={user} />
          </dd>
        </div>
        <div className="summary-row">
          <dt>{t("users.twoFactor")}</dt>
          <dd>{user.twoFactorEnabled ? t("common.on") : t("common.off")}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("user.created")}</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("users.lastSignIn")}</dt>
          <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("users.never")}</dd>
        </div>
      </dl>

      <section className="section">
        <h2 id="user-access-title">{t("user.accessTitle")}</h2>
        <UserAccessForm key={user.id} user={user} organisations={organisations} isSelf={user.id === me.id} onSaved={onSaved} />
      </section>

      <section className="section">
        <h2 id="user-reset-title">{t("user.resetTitle")}</h2>
        <p>{t("user.resetHelp", { minutes: ACCOUNT_LIMITS.passwordResetMinutes })}</p>
        {linkError && <LoadFailure error={linkError} />}
        {link ? (
          <CreatedLinkPanel
            title={t("user.resetCreated")}
            link={link}
            validity={t("user.resetValidity", { minutes: ACCOUNT_LIMITS.passwordResetMinutes })}
            testId="password-reset-link"
            emailTo={sendEmail ? user.email : undefined}
          />
        ) : (
          <>
            <div className="field checkbox">
              <input id="reset-send-email" type="checkbox" className="checkbox-input" checked={sendEmail} onChange={(event) => setSendEmail(event.target.checked)} aria-describedby="reset-send-email-hint" />
              <label className="checkbox-label" htmlFor="reset-send-email">
                {t("mail.sendReset")}
              </label>
              <div className="field-hint checkbox-hint" id="reset-send-email-hint">
                {t("mail.sendResetHint")}
              </div>
            </div>
            <button type="button" className="button-secondary" disabled={creating} onClick={() => void createLink()}>
              {t("user.resetCreate")}
            </button>
          </>
        )}
      </section>
    </>
  );
}
