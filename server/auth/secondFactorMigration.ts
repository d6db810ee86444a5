import { User } from "../models/User";
import { isSealed, KEYED_HASH, keyedHash, openSecretOrNull, sealSecret } from "./secretsKey";

export interface SecondFactorMigration {
  /** Accounts whose plain TOTP secret or unkeyed recovery-code hashes were converted now. */
  migrated: number;
  /** Accounts whose sealed secret does not open with this key (SECRETS_KEY or DATA_DIR/secrets-key replaced?). */
  unreadable: number;
}

/**
 * At start-up, seals TOTP secrets stored in plain and keys recovery-code hashes stored as plain
 * SHA-256 (server/auth/secretsKey.ts). Safe to run any number of times, by several servers at once
 * and after a crash: each account is one update that applies only while the old values are still
 * there, and a code stays valid through the change (the keyed hash is taken over the old one).
 * The number of accounts is small (a working group), so they are read in one pass.
 */
export async function migrateSecondFactors(): Promise<SecondFactorMigration> {
  const users = await User.collection
    .find({ $or: [{ "totp.enabledAt": { $ne: null } }, { "totp.pendingSecret": { $ne: null } }] }, { projection: { _id: 1, totp: 1 } })
    .toArray();
  let migrated = 0;
  let unreadable = 0;
  for (const user of users) {
    const totp = (user.totp ?? {}) as { secret?: string | null; pendingSecret?: string | null; recoveryCodeHashes?: string[] };
    const filter: Record<string, unknown> = { _id: user._id };
    const set: Record<string, unknown> = {};
    for (const field of ["secret", "pendingSecret"] as const) {
      const value = totp[field];
      if (typeof value !== "string") continue;
      if (isSealed(value)) {
        if (field === "secret" && openSecretOrNull(value) === null) unreadable += 1;
        continue;
      }
      filter[`totp.${field}`] = value;
      set[`totp.${field}`] = sealSecret(value);
    }
    const hashes = totp.recoveryCodeHashes ?? [];
    const legacy = hashes.filter((hash) => !hash.startsWith(KEYED_HASH));
    if (legacy.length > 0) {
      filter["totp.recoveryCodeHashes"] = legacy[0];
      set["totp.recoveryCodeHashes"] = hashes.map((hash) => (hash.startsWith(KEYED_HASH) ? hash : keyedHash(hash)));
    }
    if (Object.keys(set).length === 0) continue;
    const result = await User.collection.updateOne(filter, { $set: set });
    migrated += result.modifiedCount;
  }
  return { migrated, unreadable };
}
