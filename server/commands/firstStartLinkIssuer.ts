import { ACCOUNT_LIMITS } from "../../shared/validations";
import { createLinkToken } from "../auth/linkTokens";
import { OneTimeLink } from "../models/OneTimeLink";
import { User } from "../models/User";

/**
 * On an empty database, issues the one-time link (24 h, single use) that creates the first
 * secretariat account; earlier unused ones stop working. Returns the path, or null when accounts exist.
 */
export default async function firstStartLinkIssuer(): Promise<string | null> {
  if ((await User.estimatedDocumentCount()) > 0 || (await User.countDocuments()) > 0) return null;
  await OneTimeLink.deleteMany({ purpose: "first_account", usedAt: null });
  const { token, hash } = createLinkToken();
  await OneTimeLink.create({
    purpose: "first_account",
    tokenHash: hash,
    expiresAt: new Date(Date.now() + ACCOUNT_LIMITS.firstStartLinkHours * 3_600_000),
  });
  return `/setup/${token}`;
}
