import { ACCOUNT_LIMITS } from "../../shared/validations";
import { audit } from "../audit/auditLog";
import { createLinkToken } from "../auth/linkTokens";
import { NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { OneTimeLink } from "../models/OneTimeLink";
import { User } from "../models/User";
import { authorize } from "../policies";

/**
 * The secretariat issues a single-use password reset link (`user.resetPassword`); earlier unused
 * links of that user stop working. Returns the token for the link (shown once; only its hash is kept).
 */
export default async function passwordResetLinkIssuer(props: { actor: ActingUser; userId: string }): Promise<{ token: string; expiresAt: Date; linkId: string; user: { id: string; email: string; language: string } }> {
  const { actor } = props;
  authorize(actor, "user.resetPassword");
  const target = await User.findById(props.userId);
  if (!target) throw NotFound();
  await OneTimeLink.deleteMany({ purpose: "password_reset", userId: target._id, usedAt: null });
  const { token, hash } = createLinkToken();
  const expiresAt = new Date(Date.now() + ACCOUNT_LIMITS.passwordResetMinutes * 60_000);
  const link = await OneTimeLink.create({ purpose: "password_reset", tokenHash: hash, userId: target._id, createdBy: actor.id, expiresAt });
  await audit({ action: "user.password_reset_issued", ...auditActor(actor), target: { type: "user", id: target.id, label: target.email } });
  return { token, expiresAt, linkId: link.id, user: { id: target.id, email: target.email, language: target.language } };
}
