import { useState } from "react";
import type { PresentedInvitation } from "../../../shared/types";
import { ACCOUNT_LIMITS } from "../../../shared/validations";
import { listInvitations, listOrganisations, revokeInvitation } from "../../api/admin";
import type { ApiError } from "../../api/http";
import type { CreatedInvitation } from "../../api/types";
import { toApiError, useResource } from "../../api/useResource";
import { InvitationForm } from "../../components/admin/InvitationForm";
import { InvitationsTable } from "../../components/admin/InvitationsTable";
import { CreatedLinkPanel } from "../../components/CreatedLinkPanel";
import { LoadFailure } from "../../components/LoadFailure";
import { ResourceView } from "../../components/ResourceView";
import { Notice } from "../../components/Notice";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

/** Invite people (the link is shown once, to pass on, and e-mailed when asked) and withdraw pending invitations. */
export function InvitationsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(() => Promise.all([listInvitations(), listOrganisations()]));
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  usePageTitle(t("invitations.title"));

  const onCreated = (next: CreatedInvitation) => {
    setCreated(next);
    setRevoked(null);
    // An organisation added with the invitation is in the list for the next one.
    const added = next.invitation.organisation;
    update(([invitations, organisations]) => [[next.invitation, ...invitations], added && !organisations.some((o) => o.id === added.id) ? [...organisations, added] : organisations]);
  };

  const revoke = async (invitation: PresentedInvitation) => {
    setBusyId(invitation.id);
    setError(null);
    setRevoked(null);
    try {
      await revokeInvitation(invitation.id);
      update(([invitations, organisations]) => [invitations.map((i) => (i.id === invitation.id ? { ...i, status: "revoked" as const } : i)), organisations]);
      setRevoked(invitation.email);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="page page-wide">
      <h1>{t("invitations.title")}</h1>
      <p className="lead">{t("invitations.intro", { days: ACCOUNT_LIMITS.invitationDays })}</p>
      {created && (
        <CreatedLinkPanel
          title={t("invitations.created", { email: created.invitation.email })}
          link={created.link}
          validity={t("invitations.validity", { days: ACCOUNT_LIMITS.invitationDays })}
          testId="invitation-link"
          emailTo={created.emailRequested ? created.invitation.email : undefined}
        />
      )}
      <ResourceView resource={resource} onRetry={reload}>
        {([invitations, organisations]) => (
          <>
            <section className="section">
              <h2 id="invite-title">{t("invitations.formTitle")}</h2>
              {/* A fresh form after each invitation (the link panel above takes the focus). */}
              <InvitationForm key={created?.invitation.id ?? "first"} organisations={organisations} onCreated={onCreated} />
            </section>
            <section className="section">
              <h2 id="invitations-list-title">{t("invitations.listTitle")}</h2>
              {error && <LoadFailure error={error} />}
              {revoked && <Notice kind="success">{t("invitations.revoked", { email: revoked })}</Notice>}
              <InvitationsTable invitations={invitations} busyId={busyId} onRevoke={(invitation) => void revoke(invitation)} />
            </section>
          </>
        )}
      </ResourceView>
    </div>
  );
}
