import { hashLinkToken } from "../auth/linkTokens";
import { OneTimeLink, type OneTimeLinkDocument } from "../models/OneTimeLink";

type Purpose = "first_account" | "password_reset";

/** A valid (unused, unexpired) link of this purpose, or null. Does not use it up. */
export async function findValidLink(token: string, purpose: Purpose): Promise<OneTimeLinkDocument | null> {
  return OneTimeLink.findOne({ tokenHash: hashLinkToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } });
}

/**
 * Uses the link up atomically: of two requests racing with the same token, one wins. Returns the
 * claimed link, or null. `release` puts it back when the work it allowed then fails.
 */
export async function claimLink(token: string, purpose: Purpose): Promise<{ link: OneTimeLinkDocument; release(): Promise<void> } | null> {
  const link = await OneTimeLink.findOneAndUpdate(
    { tokenHash: hashLinkToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } },
    { $set: { usedAt: new Date() } },
    { returnDocument: "after" },
  );
  if (!link) return null;
  return { link, release: async () => void (await OneTimeLink.updateOne({ _id: link._id }, { $set: { usedAt: null } })) };
}
