import { useState } from "react";
import { Link, useParams } from "react-router";
import type { CreatedLink, PresentedUser } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { createPasswordReset, listOrganisations, listUsers } from "../../api/admin";
import { toApiError, useResource } from "../../api/useResource";
import type { ApiError } from "../../api/http";
import { UserAccessForm } from "../../components/admin/UserAccessForm";
import { UserStatus } from "../../components/admin/UserStatus";
import { CreatedLinkPanel } from "../../components/CreatedLinkPanel";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";

/** One person's access: role, organisation, end date, active or not, and a password reset link. */
export function UserScene() {
  const { id = "" } = useParams();
  const { t, formatDateTime } = useI18n();
  const me = useAccount();
  const { resource, reload, update } = useResource(() => Promise.all([listUsers(), listOrganisations()]), id);
  const [link, setLink] = useState<CreatedLink | null>(null);
  const [linkError, setLinkError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  usePageTitle(t("user.title"));

  if (resource.status === "loading") return <Loading />;
  if (resource.status === "failed") return <LoadFailure error={resource.error} onRetry={reload} />;
  const [users, organisations] = resource.data;
  const user = users.find((candidate) => candidate.id === id);
  if (!user) {
    return (
      <div className="page">
        <h1>{t("user.notFound")}</h1>
        <p>
          <Link to="/admin/users">{t("user.back")}</Link>
        </p>
      </div>
    );
  }

  const replaceUser = (saved: PresentedUser) => update(([all, orgs]) => [all.map((u) => (u.id === saved.id ? saved : u)), orgs]);

  const createLink = async () => {
    setCreating(true);
    setLinkError(null);
    try {
      setLink(await createPasswordReset(user.id));
    } catch (error) {
      setLinkError(toApiError(error));
    } finally {
      setCreating(false);
    }
  };

  return (
    <div className="page">
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
        <UserAccessForm key={user.id} user={user} organisations={organisations} isSelf={user.id === me.id} onSaved={replaceUser} />
      </section>

      <section className="section">
        <h2 id="user-reset-title">{t("user.resetTitle")}</h2>
        <p>{t("user.resetHelp", { minutes: ACCOUNT_LIMITS.passwordResetMinutes })}</p>
        {linkError && <LoadFailure error={linkError} />}
        {link ? (
          <CreatedLinkPanel title={t("user.resetCreated")} link={link} validity={t("user.resetValidity", { minutes: ACCOUNT_LIMITS.passwordResetMinutes })} testId="password-reset-link" />
        ) : (
          <button type="button" className="button-secondary" disabled={creating} onClick={() => void createLink()}>
            {t("user.resetCreate")}
          </button>
        )}
      </section>
    </div>
  );
}
