import { Link } from "react-router";
import { listUsers } from "../../api/admin";
import { useResource } from "../../api/useResource";
import { UserStatus } from "../../components/admin/UserStatus";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useSession } from "../../session/SessionProvider";

/** Everyone with an account; each name leads to the page where the secretariat changes that person's access. */
export function UsersScene() {
  const { t, formatDateTime } = useI18n();
  const { session } = useSession();
  const { resource, reload } = useResource(listUsers);
  usePageTitle(t("users.title"));

  return (
    <div className="page page-wide">
      <h1>{t("users.title")}</h1>
      <p className="lead">{t("users.intro")}</p>
      {session?.abilities.manageInvitations && (
        <p>
          <Link to="/admin/invitations" className="button-primary button-link-like">
            {t("users.invite")}
          </Link>
        </p>
      )}
      <ResourceView resource={resource} onRetry={reload}>
        {(users) => (
          <TableWrap label={t("users.title")}>
            <table className="table">
              <caption className="visually-hidden">{t("users.caption", { count: users.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.name.label")}</th>
                  <th scope="col">{t("field.role.label")}</th>
                  <th scope="col">{t("field.organisation.label")}</th>
                  <th scope="col">{t("users.twoFactor")}</th>
                  <th scope="col">{t("users.status")}</th>
                  <th scope="col">{t("users.lastSignIn")}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id}>
                    <td>
                      <Link to={`/admin/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>
                      <span className="meta block">{user.email}</span>
                    </td>
                    <td>{t(`role.${user.role}`)}</td>
                    <td>{user.organisation ? `${user.organisation.name} (${user.organisation.country})` : t("common.none")}</td>
                    <td>{user.twoFactorEnabled ? t("common.on") : t("common.off")}</td>
                    <td>
                      <UserStatus user={user} />
                    </td>
                    <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </ResourceView>
    </div>
  );
}
