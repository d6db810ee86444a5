import { z } from "zod";
import type { PathwayChange, PathwayComparison, PathwayVersionView, PresentedPathway } from "../../../shared/directoryTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import {
  pathwayCompareQuerySchema,
  pathwayCreateSchema,
  pathwayEditorsSchema,
  pathwayListQuerySchema,
  pathwayUpdateSchema,
  pathwayVersionParamsSchema,
} from "../../../shared/schemas/pathways";
import pathwayCreator from "../../commands/pathwayCreator";
import pathwayEditorsSetter from "../../commands/pathwayEditorsSetter";
import pathwayUpdater from "../../commands/pathwayUpdater";
import { directoryNow } from "../../directory/clock";
import { directoryActor, type DirectoryActor } from "../../directory/directoryActor";
import { pathwayNotFound } from "../../directory/directoryErrors";
import type { StoredPathwayContent } from "../../directory/pathwayContent";
import { comparePathways, loadPathwayRecords, pathwayRecord, presentPathways } from "../../directory/pathwayPages";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { Pathway, type PathwayDocument } from "../../models/Pathway";
import { PathwayVersion } from "../../models/PathwayVersion";
import { authorize } from "../../policies";
import { presentPathwayChange } from "../../presenters/pathways";

const before = [requireSignedIn];
const idParams = z.object({ id: objectIdSchema });
const editAccess = "secretariat and the pathway's named editors";

async function presentOne(pathway: PathwayDocument, actor: DirectoryActor): Promise<PresentedPathway> {
  const [presented] = await presentPathways([pathwayRecord(pathway.toObject() as never)], actor);
  return presented!;
}

async function existingPathway(id: string): Promise<PathwayDocument> {
  const pathway = await Pathway.findById(id);
  if (!pathway) throw pathwayNotFound();
  return pathway;
}

export function registerPathwayRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/pathways", summary: "Referral pathways: national mechanisms and cross-border pathways, by kind and country", tag: "pathways", access: "signed in", before, query: pathwayListQuerySchema },
    async ({ query, req }): Promise<PresentedPathway[]> => {
      const actor = directoryActor(req);
      authorize(actor, "pathway.read");
      const filter: Record<string, unknown> = {};
      if (query.kind) filter.kind = query.kind;
      if (query.country) filter.$or = [{ country: query.country }, { fromCountry: query.country }, { toCountry: query.country }];
      return presentPathways(await loadPathwayRecords(filter), actor);
    },
  );

  api.add(
    { method: "post", path: "/pathways", summary: "Create a national or cross-border referral pathway", tag: "pathways", access: "secretariat", before, body: pathwayCreateSchema, status: 201 },
    async ({ body, req }): Promise<PresentedPathway> => {
      const actor = directoryActor(req);
      return presentOne(await pathwayCreator({ actor, input: body, now: directoryNow() }), actor);
    },
  );

  api.add(
    { method: "get", path: "/pathways/compare", summary: "Two countries' referral mechanisms side by side, stage by stage, and the cross-border pathways between them", tag: "pathways", access: "signed in", before, query: pathwayCompareQuerySchema },
    async ({ query, req }): Promise<PathwayComparison> => {
      const actor = directoryActor(req);
      authorize(actor, "pathway.read");
      return comparePathways(query.countries, actor);
    },
  );

  api.add(
    { method: "get", path: "/pathways/:id", summary: "One referral pathway with the cards of the contact points of each step", tag: "pathways", access: "signed in", before, params: idParams },
    async ({ params, req }): Promise<PresentedPathway> => {
      const actor = directoryActor(req);
      authorize(actor, "pathway.read");
      return presentOne(await existingPathway(params.id), actor);
    },
  );

  api.add(
    { method: "put", path: "/pathways/:id", summary: "Change a pathway: send it whole with the version it is based on (409 stale_version otherwise)", tag: "pathways", access: editAccess, before, params: idParams, body: pathwayUpdateSchema },
    async ({ params, body, req }): Promise<PresentedPathway> => {
      const actor = directoryActor(req);
      return presentOne(await pathwayUpdater({ actor, pathwayId: params.id, input: body, now: directoryNow() }), actor);
    },
  );

  api.add(
    { method: "put", path: "/pathways/:id/editors", summary: "Name who may edit this pathway besides the secretariat", tag: "pathways", access: "secretariat", before, params: idParams, body: pathwayEditorsSchema },
    async ({ params, body, req }): Promise<PresentedPathway> => {
      const actor = directoryActor(req);
      return presentOne(await pathwayEditorsSetter({ actor, pathwayId: params.id, editorIds: body.editorIds, now: directoryNow() }), actor);
    },
  );

  api.add(
    { method: "get", path: "/pathways/:id/history", summary: "Who changed this pathway, when, and what", tag: "pathways", access: "secretariat, chair, member", before, params: idParams },
    async ({ params, req }): Promise<PathwayChange[]> => {
      authorize(directoryActor(req), "pathway.readHistory");
      await existingPathway(params.id);
      const rows = await PathwayVersion.find({ pathwayId: params.id }, { content: 0 }).sort({ version: -1 }).limit(1_000).lean();
      return rows.map(presentPathwayChange);
    },
  );

  api.add(
    { method: "get", path: "/pathways/:id/versions/:version", summary: "A pathway as it was in an earlier version", tag: "pathways", access: "secretariat, chair, member", before, params: pathwayVersionParamsSchema },
    async ({ params, req }): Promise<PathwayVersionView> => {
      const actor = directoryActor(req);
      authorize(actor, "pathway.readHistory");
      const row = await PathwayVersion.findOne({ pathwayId: params.id, version: params.version }).lean();
      if (!row) throw pathwayNotFound();
      const content = JSON.parse(row.content) as StoredPathwayContent;
      const [pathway] = await presentPathways([{ ...content, id: params.id, version: row.version, updatedAt: row.at, updatedBy: row.by ?? null }], actor);
      return { ...presentPathwayChange(row), pathway: pathway! };
    },
  );
}
