import { audit } from "../../audit/auditLog";
import { domainEvents } from "../../domainEvents";
import { HttpError } from "../../errors";
import { accessFacts, findDocument } from "../../documents/documentAccess";
import { publishedBody } from "../../documents/publication";
import { User } from "../../models/User";
import { can, type Actor } from "../../policies";
import type { DocumentAccessFacts } from "../../policies/documents";
import type { ServedDocument } from "../servedDocument";
import type { CollaborationExtension, Connection } from "../types";

/**
 * Asks the policy module when someone joins (read → may join; update → may write) and again for
 * every update, with the document's access facts kept fresh by domain events. Refused updates are
 * dropped and audited (once per connection, not per keystroke).
 */
export function authorizationExtension(): CollaborationExtension & { facts(doc: ServedDocument): DocumentAccessFacts | undefined } {
  const auditedRefusals = new WeakSet<Connection>();
  const factsCache = new Map<string, DocumentAccessFacts>();
  domainEvents.on("document.accessChanged", (documentId, facts) => {
    if (facts) factsCache.set(documentId, facts);
    else factsCache.delete(documentId);
  });

  const actorOf = (userId: string, role: string): Actor => ({ id: userId, role: role as Actor["role"], active: true });
  /** Audits a refused update once per connection (not per keystroke); the update is dropped. */
  const refuse = async (doc: ServedDocument, connection: Connection): Promise<false> => {
    if (auditedRefusals.has(connection)) return false;
    auditedRefusals.add(connection);
    const user = await User.findById(connection.userId, { name: 1 }).lean();
    await audit({
      action: "document.update_refused",
      actor: { id: connection.userId, name: user?.name ?? "" },
      target: { type: "document", id: doc.id },
      result: "denied",
    });
    return false;
  };

  return {
    facts: (doc) => factsCache.get(doc.id),

    async onAuthenticate({ documentId, userId, role }) {
      const record = await findDocument(documentId);
      // Unknown and forbidden look the same: nobody learns that a restricted document exists.
      if (!record) throw new HttpError(404, "not_found", "not found");
      const facts = accessFacts(record);
      factsCache.set(documentId, facts);
      const actor = actorOf(userId, role);
      if (!can(actor, "document.read", facts)) throw new HttpError(404, "not_found", "not found");
      if (can(actor, "document.readDraft", facts)) return { readOnly: !can(actor, "document.update", facts) };
      // Readers of the published version only (observers) are served its frozen body, never the draft.
      const published = await publishedBody(documentId);
      if (!published) throw new HttpError(404, "not_found", "not found");
      return { readOnly: true, publishedState: published.state };
    },

    onBeforeUpdate(doc, connection) {
      if (!connection) return true; // server-made updates (restore) were authorised by their route
      const facts = factsCache.get(doc.id);
      const allowed = !connection.readOnly && Boolean(facts) && can(actorOf(connection.userId, connection.socket.data.role), "document.update", facts!);
      return allowed || refuse(doc, connection);
    },
  };
}
