import { hashRecoveryCode, normaliseRecoveryCode } from "../auth/recoveryCodes";
import { openSecretOrNull } from "../auth/secretsKey";
import { verifyTotp } from "../auth/totp";
import { claimOnce } from "../db/claims";
import { User, type UserDocument } from "../models/User";

/**
 * Checks a TOTP or recovery code. Both are consumed through an atomic claim, so the same code
 * cannot succeed twice even when two requests race. Returns how the user proved it, or null.
 */
export default async function secondFactorVerifier(props: { user: UserDocument; code: string }): Promise<"totp" | "recovery_code" | null> {
  const { user } = props;
  const stored = user.totp?.secret;
  if (!stored) return null;
  if (/^\d{6}$/.test(props.code)) {
    const secret = openSecretOrNull(stored);
    if (!secret) return null; // sealed under another key: logged at start-up (secondFactorMigration)
    const result = verifyTotp(secret, props.code, { nowMs: Date.now(), lastUsedStep: user.totp.lastUsedStep ?? 0 });
    if (!result.ok) return null;
    // The claim makes "used once" hold under concurrency; lastUsedStep refuses older codes later.
    if (!(await claimOnce(`totp:${user.id}:${result.step}`, 5 * 60_000))) return null;
    await User.updateOne({ _id: user._id, "totp.lastUsedStep": { $lt: result.step } }, { $set: { "totp.lastUsedStep": result.step } });
    return "totp";
  }
  const hash = hashRecoveryCode(normaliseRecoveryCode(props.code));
  if (!user.totp.recoveryCodeHashes.includes(hash) || !(await claimOnce(`recovery:${user.id}:${hash}`))) return null;
  const used = await User.updateOne({ _id: user._id, "totp.recoveryCodeHashes": hash }, { $pull: { "totp.recoveryCodeHashes": hash } });
  return used.modifiedCount === 1 ? "recovery_code" : null;
}
