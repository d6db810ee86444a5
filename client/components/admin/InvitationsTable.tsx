import type { PresentedInvitation } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { TableWrap } from "../TableWrap";

const STATUS_CLASS: Record<PresentedInvitation["status"], string> = {
  pending: "is-pending",
  accepted: "is-ok",
  revoked: "is-error",
  expired: "is-warning",
};

/** Invitations, newest first; a pending one can be withdrawn so its link stops working. */
export function InvitationsTable({ invitations, busyId, onRevoke }: { invitations: PresentedInvitation[]; busyId: string | null; onRevoke(invitation: PresentedInvitation): void }) {
  const { t, formatDateTime } = useI18n();
  if (invitations.length === 0) return <p>{t("invitations.none")}</p>;
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <TableWrap label={t("invitations.listTitle")}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("field.email.label")}</th>
            <th scope="col">{t("field.role.label")}</th>
            <th scope="col">{t("invitations.status")}</th>
            <th scope="col">{t("invitations.sent")}</th>
            <th scope="col">{t("invitations.expires")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((invitation) => (
            <tr key={invitation.id}>
              <td>
                {invitation.email}
                {invitation.organisation && <span className="meta block">{invitation.organisation.name}</span>}
              </td>
              <td>
                {t(`role.${invitation.role}`)}
                {invitation.accessUntil && (
                  <span className="meta block">{t("users.until", { date: formatDateTime(invitation.accessUntil, { dateStyle: "medium" }) })}</span>
                )}
              </td>
              <td>
                <strong className={`tag ${STATUS_CLASS[invitation.status]}`}>{t(`invitationStatus.${invitation.status}`)}</strong>
              </td>
              <td>
                {formatDateTime(invitation.createdAt, { dateStyle: "medium" })}
                <span className="meta block">{t("invitations.by", { name: invitation.invitedBy })}</span>
              </td>
              <td>{formatDateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td>
                {invitation.status === "pending" && (
                  <button type="button" className="button-secondary button-small" disabled={busyId !== null} onClick={() => onRevoke(invitation)}>
                    {t("invitations.revoke")}
                    <span className="visually-hidden"> {t("invitations.revokeContext", { email: invitation.email })}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
