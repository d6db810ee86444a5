import type { Language } from "../../shared/languages";
import { audit } from "../audit/auditLog";
import type { NotificationRuntime } from "../notifications/notificationRuntime";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import type { InvitationDocument } from "../models/Invitation";

/**
 * The secretariat's "also e-mail it" for invitations and password reset links. The link is still
 * shown once on screen (the fallback, and the only way when mail is off). The token travels sealed
 * in the mail queue and is wiped once sent. Returns whether the e-mail was queued.
 */
export async function invitationMailer(props: {
  runtime: NotificationRuntime;
  actor: ActingUser;
  invitation: InvitationDocument;
  token: string;
  language: Language;
}): Promise<boolean> {
  const mail = props.runtime.mail;
  if (!mail) return false;
  const { invitation } = props;
  await mail.queue.enqueue({
    key: `invitation:${invitation.id}`,
    template: "invitation",
    to: invitation.email,
    language: props.language,
    payload: { invitationId: invitation.id, inviterName: props.actor.name },
    secret: props.token,
  });
  await audit({ action: "invitation.emailed", ...auditActor(props.actor), target: { type: "invitation", id: invitation.id, label: invitation.email }, details: { language: props.language } });
  return true;
}

export async function passwordResetMailer(props: {
  runtime: NotificationRuntime;
  actor: ActingUser;
  user: { id: string; email: string; language?: string | null };
  linkId: string;
  token: string;
}): Promise<boolean> {
  const mail = props.runtime.mail;
  if (!mail) return false;
  const { user } = props;
  await mail.queue.enqueue({
    key: `reset:${props.linkId}`,
    template: "password_reset",
    to: user.email,
    userId: user.id,
    language: (user.language ?? "en") as Language,
    payload: { linkId: props.linkId },
    secret: props.token,
  });
  await audit({ action: "user.password_reset_emailed", ...auditActor(props.actor), target: { type: "user", id: user.id, label: user.email } });
  return true;
}
