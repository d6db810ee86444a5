import { nextVerificationDate } from "../../server/directory/freshness";
import { ContactPoint, type ContactPointDocument } from "../../server/models/ContactPoint";
import type { OrganisationDocument } from "../../server/models/Organisation";
import { User } from "../../server/models/User";
import type { ContactTag, DirectoryLanguage } from "../../shared/directory";
import type { Role } from "../../shared/domain";
import { buildOrganisation, buildUser, type BuiltUser } from "./factories";
import { TestClient } from "./testClient";

let sequence = 0;

/** A contact point straight in the database, verified at `verifiedAt` (default: now). */
export async function buildContactPoint(
  organisation: OrganisationDocument,
  options: Partial<{ kind: "function" | "person"; name: string; function: string; phone: string; mobile: string; email: string; tags: ContactTag[]; languages: DirectoryLanguage[]; verifiedAt: Date; linkedUserId: string | null }> = {},
): Promise<ContactPointDocument> {
  const n = ++sequence;
  const kind = options.kind ?? "function";
  const verifiedAt = options.verifiedAt ?? new Date();
  return ContactPoint.create({
    organisationId: organisation.id,
    country: organisation.country,
    kind,
    name: kind === "person" ? (options.name ?? `Person ${n}`) : "",
    function: options.function ?? `Function ${n}`,
    languages: options.languages ?? ["nl", "fr"],
    tags: options.tags ?? ["referral"],
    channels: { phone: options.phone ?? "+44 20 7946 0001", mobile: kind === "person" ? (options.mobile ?? "+44 7700 900001") : "", email: options.email ?? `desk${n}@example.org`, secureEmail: "", hours: "" },
    linkedUserId: options.linkedUserId ?? null,
    verifiedAt,
    nextVerificationAt: nextVerificationDate(verifiedAt),
  });
}

/** A signed-in browser-like client for a new user of this role (optionally of an organisation). */
export async function signedIn(baseUrl: string, role: Role, options: { organisation?: OrganisationDocument; accessUntil?: Date | null; directoryPeopleUntil?: Date | null } = {}): Promise<{ client: TestClient; built: BuiltUser }> {
  const built = await buildUser({ role, accessUntil: options.accessUntil ?? (role === "observer" ? new Date(Date.now() + 90 * 86_400_000) : null) });
  const set: Record<string, unknown> = {};
  if (options.organisation) set.organisationId = options.organisation._id;
  if (options.directoryPeopleUntil) set.directoryPeopleUntil = options.directoryPeopleUntil;
  if (Object.keys(set).length) await User.updateOne({ _id: built.user._id }, { $set: set });
  const client = new TestClient(baseUrl);
  await client.signIn(built.email, built.password, built.totpSecret);
  return { client, built };
}

export const anonymousClient = async (baseUrl: string) => {
  const client = new TestClient(baseUrl);
  await client.session();
  return client;
};

export { buildOrganisation };
