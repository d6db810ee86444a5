import { audit } from "../audit/auditLog";
import { clearSignInFailures } from "../auth/signInThrottle";
import { NotFound } from "../errors";
import { domainEvents } from "../domainEvents";
import { User } from "../models/User";
import { claimLink, findValidLink } from "./oneTimeLinkClaimer";
import passwordSetter from "./passwordSetter";
import sessionRevoker from "./sessionRevoker";

const invalidLink = () => NotFound("This link is not valid: it was used, has expired or never existed");

/**
 * Sets a new password with a reset link. The link is the credential (no policy action: its holder
 * is not signed in); it is used up atomically only after the new password passed the policy. All of
 * the user's sessions end and their sockets with them. Audited.
 */
export default async function passwordResetter(props: { token: string; password: string; ip: string }): Promise<void> {
  const link = await findValidLink(props.token, "password_reset");
  const user = link?.userId ? await User.findById(link.userId) : null;
  if (!link || !user) throw invalidLink();
  const passwordHash = await passwordSetter({ password: props.password, name: user.name, email: user.email });
  if (!(await claimLink(props.token, "password_reset"))) throw invalidLink();
  user.passwordHash = passwordHash;
  await user.save();
  await clearSignInFailures(user.email);
  await sessionRevoker({ userId: user.id });
  domainEvents.emit("user.accessChanged", user.id);
  await audit({ action: "user.password_reset", ip: props.ip, actor: { id: user.id, name: user.name }, target: { type: "user", id: user.id, label: user.email } });
}
