import { ContactPoint, type ContactPointDocument } from "../models/ContactPoint";
import { Organisation, type OrganisationDocument } from "../models/Organisation";
import { can } from "../policies";
import type { DirectoryActor } from "./directoryActor";
import { contactPointNotFound } from "./directoryErrors";

/**
 * A contact point the actor may see, with its organisation. A named entry an observer may not see
 * answers 404, like one that does not exist: its existence is not told.
 */
export async function readableContactPoint(actor: DirectoryActor, id: string): Promise<{ contactPoint: ContactPointDocument; organisation: OrganisationDocument | null }> {
  const contactPoint = await ContactPoint.findById(id);
  if (!contactPoint || !can(actor, "contactPoint.read", { kind: contactPoint.kind })) throw contactPointNotFound();
  const organisation = await Organisation.findById(contactPoint.organisationId);
  return { contactPoint, organisation };
}
