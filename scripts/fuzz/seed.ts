import { hashPassword } from "../../server/auth/passwordHashing";
import { generateTotpSecret } from "../../server/auth/totp";
import { Organisation } from "../../server/models/Organisation";
import { User } from "../../server/models/User";

/** A fresh workspace for the fuzzer: one organisation and a secretariat account with TOTP enrolled. */
export async function seedFuzzWorkspace(): Promise<{ email: string; password: string; totpSecret: string }> {
  const email = "fuzz.secretariat@example.test";
  const password = "grijze stoel blijft leeg, ook bij het fuzzen";
  const totpSecret = generateTotpSecret();
  const organisation = await Organisation.create({ name: "Benelux General Secretariat", type: "secretariat", country: "BE" });
  await User.create({
    name: "Fuzz Secretariaat",
    email,
    role: "secretariat",
    language: "en",
    organisationId: organisation._id,
    passwordHash: await hashPassword(password),
    totp: { secret: totpSecret, enabledAt: new Date(), lastUsedStep: 0, recoveryCodeHashes: [] },
  });
  return { email, password, totpSecret };
}
