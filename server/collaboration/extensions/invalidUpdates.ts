import { audit } from "../../audit/auditLog";
import type { CollaborationExtension, Connection } from "../types";

/**
 * Audits who sent an update that cannot be applied (`document.update_invalid`): once per
 * connection, so a client resending the same bad update does not flood the log. Updates that only
 * depend on changes the server lacks (`incomplete`, usually what follows a refused update) are not
 * a sign of anything and are not audited.
 */
export function invalidUpdatesExtension(): CollaborationExtension {
  const audited = new WeakSet<Connection>();
  return {
    async onInvalidUpdate(doc, connection, { problem, bytes }) {
      if (problem.kind !== "invalid" || audited.has(connection)) return;
      audited.add(connection);
      await audit({
        action: "document.update_invalid",
        actor: { id: connection.userId, name: connection.identity.name },
        target: { type: "document", id: doc.id },
        result: "denied",
        details: { bytes, error: problem.message },
      });
    },
  };
}
