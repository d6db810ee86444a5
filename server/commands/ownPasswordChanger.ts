import { audit } from "../audit/auditLog";
import { verifyPassword } from "../auth/passwordHashing";
import { HttpError } from "../errors";
import type { UserDocument } from "../models/User";
import { authorize } from "../policies";
import passwordSetter from "./passwordSetter";
import sessionRevoker from "./sessionRevoker";

const wrongPassword = () => new HttpError(403, "wrong_password", "Your current password is not right");

/**
 * A user changes their own password (`account.update`): the current one is checked, the new one
 * meets the policy; their other sessions end (and their sockets with them). Audited.
 */
export default async function ownPasswordChanger(props: {
  user: UserDocument;
  currentPassword: string;
  newPassword: string;
  /** The session making the change stays signed in. */
  sessionId: string;
  ip: string;
}): Promise<void> {
  const { user } = props;
  authorize(user, "account.update", { id: user.id });
  if (!(await verifyPassword(user.passwordHash, props.currentPassword))) throw wrongPassword();
  user.passwordHash = await passwordSetter({ password: props.newPassword, name: user.name, email: user.email, field: "newPassword" });
  await user.save();
  await sessionRevoker({ userId: user.id, except: props.sessionId });
  await audit({ action: "account.password_changed", actor: { id: user.id, name: user.name }, ip: props.ip, target: { type: "user", id: user.id, label: user.email } });
}
