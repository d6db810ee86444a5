import { z } from "zod";
import type { PresentedDirectoryOrganisation } from "../../../shared/directoryTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import {
  directoryOrganisationInputSchema,
  directoryOrganisationUpdateSchema,
  organisationEditorsSchema,
  organisationListQuerySchema,
} from "../../../shared/schemas/directory";
import organisationCreator from "../../commands/organisationCreator";
import organisationEditorsSetter from "../../commands/organisationEditorsSetter";
import organisationUpdater from "../../commands/organisationUpdater";
import { literalText } from "../../readModels/literalText";
import { directoryActor } from "../../directory/directoryActor";
import { organisationNotFound } from "../../directory/directoryErrors";
import { foldForSearch } from "../../directory/searchText";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { Organisation } from "../../models/Organisation";
import { authorize } from "../../policies";
import { presentDirectoryOrganisation } from "../../presenters/directory";

const before = [requireSignedIn];
const idParams = z.object({ id: objectIdSchema });

/** The organisations of the directory: everyone signed in reads them (observers too); changes follow the policy. */
export function registerOrganisationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/organisations", summary: "Organisations of the directory, filtered by country, discipline, language served or name", tag: "organisations", access: "signed in", before, query: organisationListQuerySchema },
    async ({ query, req }): Promise<PresentedDirectoryOrganisation[]> => {
      const actor = directoryActor(req);
      authorize(actor, "organisation.list");
      const filter: Record<string, unknown> = {};
      if (query.country) filter.country = query.country;
      if (query.discipline) filter.discipline = query.discipline;
      if (query.language) filter.languages = query.language;
      const words = query.q ? foldForSearch(query.q) : "";
      if (words) filter.searchText = literalText(words).filter;
      const organisations = await Organisation.find(filter).sort({ country: 1, name: 1 }).limit(2_000);
      return organisations.map((organisation) => presentDirectoryOrganisation(organisation, actor));
    },
  );

  api.add(
    { method: "post", path: "/organisations", summary: "Add an organisation, with its directory details", tag: "organisations", access: "secretariat", before, body: directoryOrganisationInputSchema, status: 201 },
    async ({ body, req }): Promise<PresentedDirectoryOrganisation> => {
      const actor = directoryActor(req);
      return presentDirectoryOrganisation(await organisationCreator({ actor, input: body }), actor);
    },
  );

  api.add(
    { method: "get", path: "/organisations/:id", summary: "One organisation of the directory", tag: "organisations", access: "signed in", before, params: idParams },
    async ({ params, req }): Promise<PresentedDirectoryOrganisation> => {
      const actor = directoryActor(req);
      authorize(actor, "organisation.read");
      const organisation = await Organisation.findById(params.id);
      if (!organisation) throw organisationNotFound();
      return presentDirectoryOrganisation(organisation, actor);
    },
  );

  api.add(
    { method: "patch", path: "/organisations/:id", summary: "Change an organisation's directory entry", tag: "organisations", access: "secretariat, the organisation's members, its named editors", before, params: idParams, body: directoryOrganisationUpdateSchema },
    async ({ params, body, req }): Promise<PresentedDirectoryOrganisation> => {
      const actor = directoryActor(req);
      return presentDirectoryOrganisation(await organisationUpdater({ actor, organisationId: params.id, changes: body }), actor);
    },
  );

  api.add(
    { method: "put", path: "/organisations/:id/editors", summary: "Name who may change this organisation's entries besides its own members", tag: "organisations", access: "secretariat", before, params: idParams, body: organisationEditorsSchema },
    async ({ params, body, req }): Promise<PresentedDirectoryOrganisation> => {
      const actor = directoryActor(req);
      return presentDirectoryOrganisation(await organisationEditorsSetter({ actor, organisationId: params.id, editorIds: body.editorIds }), actor);
    },
  );
}
