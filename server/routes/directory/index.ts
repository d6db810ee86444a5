import type { ApiRouter } from "../../http/apiRouter";
import { registerDirectoryAdministrationRoutes } from "./administration";
import { registerContactPointRoutes } from "./contactPoints";
import { registerDocumentContactPointRoutes } from "./documentContactPoints";
import { registerDirectoryExportRoutes } from "./exports";
import { registerOrganisationRoutes } from "./organisations";
import { registerPathwayRoutes } from "./pathways";

/** The contact-point directory and the referral pathways (issue 12). */
export function registerDirectoryRoutes(api: ApiRouter): void {
  registerOrganisationRoutes(api);
  // Exports first: /contact-points/:id/vcard sits beside /contact-points/:id.
  registerDirectoryExportRoutes(api);
  registerContactPointRoutes(api);
  registerDirectoryAdministrationRoutes(api);
  registerPathwayRoutes(api);
  registerDocumentContactPointRoutes(api);
}
