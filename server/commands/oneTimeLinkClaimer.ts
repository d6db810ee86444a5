import { hashLinkToken } from "../auth/linkTokens";
import { claimOnce, releaseClaim } from "../db/claims";
import { OneTimeLink, type OneTimeLinkDocument } from "../models/OneTimeLink";

type Purpose = "first_account" | "password_reset";

/** A valid (unused, unexpired) link of this purpose, or null. Does not use it up. */
export async function findValidLink(token: string, purpose: Purpose): Promise<OneTimeLinkDocument | null> {
  return OneTimeLink.findOne({ tokenHash: hashLinkToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } });
}

/**
 * Uses the link up: of two requests racing with the same token, exactly one wins (an atomic
 * claim, see server/db/claims.ts). `release` puts it back when the work it allowed then fails.
 */
export async function claimLink(token: string, purpose: Purpose): Promise<{ link: OneTimeLinkDocument; release(): Promise<void> } | null> {
  const link = await findValidLink(token, purpose);
  if (!link) return null;
  const key = `link:${link.id}`;
  if (!(await claimOnce(key))) return null;
  link.usedAt = new Date();
  await link.save();
  return {
    link,
    release: async () => {
      await OneTimeLink.updateOne({ _id: link._id }, { $set: { usedAt: null } });
      await releaseClaim(key);
    },
  };
}
