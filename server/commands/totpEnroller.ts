import type { TotpSetup } from "../../shared/types";
import { generateRecoveryCodes, hashRecoveryCode } from "../auth/recoveryCodes";
import { openSecretOrNull, sealSecret } from "../auth/secretsKey";
import { generateTotpSecret, totpUri, verifyTotp } from "../auth/totp";
import { totpQrCode } from "../auth/totpQrCode";
import { HttpError } from "../errors";
import type { UserDocument } from "../models/User";

/** Step 1: a new secret, kept (sealed) as pending until the user proves their app has it. */
export async function startTotpEnrolment(user: UserDocument): Promise<TotpSetup> {
  const secret = generateTotpSecret();
  user.totp.pendingSecret = sealSecret(secret);
  await user.save();
  const otpauthUrl = totpUri({ secret, accountName: user.email });
  const qrDataUrl = await totpQrCode(otpauthUrl);
  return { secret, otpauthUrl, qrDataUrl };
}

/** Step 2: a correct code turns the pending secret on and returns fresh recovery codes (shown once). */
export async function confirmTotpEnrolment(user: UserDocument, code: string): Promise<string[]> {
  const pending = user.totp.pendingSecret;
  if (!pending) throw new HttpError(409, "no_enrolment", "Start the set-up again: no code is expected now");
  const result = verifyTotp(openPending(pending), code, { nowMs: Date.now() });
  if (!result.ok) throw new HttpError(422, "invalid_code", "That code is not right; check the time on your device and try again");
  const codes = generateRecoveryCodes();
  user.totp.secret = sealSecret(openPending(pending));
  user.totp.pendingSecret = null;
  user.totp.enabledAt = new Date();
  user.totp.lastUsedStep = result.step;
  user.totp.recoveryCodeHashes = codes.map(hashRecoveryCode);
  await user.save();
  return codes;
}

/** A pending secret sealed under another key cannot be confirmed: the set-up starts again. */
function openPending(pending: string): string {
  const secret = openSecretOrNull(pending);
  if (secret === null) throw new HttpError(409, "no_enrolment", "Start the set-up again: no code is expected now");
  return secret;
}

export async function regenerateRecoveryCodes(user: UserDocument): Promise<string[]> {
  if (!user.totp.enabledAt) throw new HttpError(409, "two_factor_off", "Two-factor sign-in is not on");
  const codes = generateRecoveryCodes();
  user.totp.recoveryCodeHashes = codes.map(hashRecoveryCode);
  await user.save();
  return codes;
}

export async function disableTotp(user: UserDocument): Promise<void> {
  user.totp.secret = null;
  user.totp.pendingSecret = null;
  user.totp.enabledAt = null;
  user.totp.recoveryCodeHashes = [];
  await user.save();
}
