import { hashPassword } from "../../server/auth/passwordHashing";
import { generateTotpSecret } from "../../server/auth/totp";
import { sealSecret, useSecretsKey } from "../../server/auth/secretsKey";
import { Organisation } from "../../server/models/Organisation";
import { User, type UserDocument } from "../../server/models/User";
import type { Country, Discipline, Role } from "../../shared/domain";
import { TEST_SECRETS_KEY } from "./testSecrets";

let sequence = 0;
const passwordHashes = new Map<string, Promise<string>>();

export const DEFAULT_PASSWORD = "grijze stoel blijft leeg";

export interface BuiltUser {
  user: UserDocument;
  email: string;
  password: string;
  totpSecret: string | null;
}

/** A user straight in the database. Secretariat and chair get TOTP by default, as the rules require. */
export async function buildUser(
  options: { role?: Role; name?: string; email?: string; password?: string; totp?: boolean; active?: boolean; accessUntil?: Date | null; language?: "nl" | "fr" | "en" } = {},
): Promise<BuiltUser> {
  const n = ++sequence;
  const role = options.role ?? "member";
  const password = options.password ?? DEFAULT_PASSWORD;
  const email = options.email ?? `user${n}.${role}@example.test`;
  const withTotp = options.totp ?? true;
  const totpSecret = withTotp ? generateTotpSecret() : null;
  useSecretsKey(TEST_SECRETS_KEY); // the key of every test server (test/support/testSecrets.ts), also before one runs
  if (!passwordHashes.has(password)) passwordHashes.set(password, hashPassword(password));
  const user = await User.create({
    name: options.name ?? `Test ${role} ${n}`,
    email,
    role,
    language: options.language ?? "en",
    active: options.active ?? true,
    accessUntil: options.accessUntil ?? null,
    passwordHash: await passwordHashes.get(password)!,
    totp: withTotp ? { secret: sealSecret(totpSecret!), enabledAt: new Date(), lastUsedStep: 0, recoveryCodeHashes: [] } : {},
  });
  return { user, email, password, totpSecret };
}

export async function buildOrganisation(options: { name?: string; discipline?: Discipline; country?: Country } = {}) {
  return Organisation.create({ name: options.name ?? `Organisation ${++sequence}`, discipline: options.discipline ?? "police", country: options.country ?? "BE" });
}
