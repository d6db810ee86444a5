import { z } from "zod";
import type { ContactPointCards, ContactPointPage, PresentedContactPoint, PresentedContactPointSummary } from "../../../shared/directoryTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { contactPointCardsQuerySchema, contactPointInputSchema, contactPointSearchSchema, contactPointUpdateSchema } from "../../../shared/schemas/directory";
import { audit } from "../../audit/auditLog";
import contactPointCreator from "../../commands/contactPointCreator";
import contactPointRemover from "../../commands/contactPointRemover";
import contactPointUpdater from "../../commands/contactPointUpdater";
import contactPointVerifier from "../../commands/contactPointVerifier";
import { directoryNow } from "../../directory/clock";
import { readableContactPoint } from "../../directory/contactPointLoader";
import { presentCards, presentFull, presentSummaries } from "../../directory/contactPointPages";
import { contactPointFilter, contactPointScope } from "../../directory/contactPointQuery";
import { directoryActor, directoryAudit } from "../../directory/directoryActor";
import { needsVerificationFilter } from "../../directory/freshness";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { ContactPoint } from "../../models/ContactPoint";
import { authorize } from "../../policies";

const before = [requireSignedIn];
const idParams = z.object({ id: objectIdSchema });

export function registerContactPointRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/contact-points", summary: "Search the directory: words in name, function or organisation; country, discipline, tag, language, kind, freshness", tag: "directory", access: "signed in (observers: function-based entries only, unless granted)", before, query: contactPointSearchSchema },
    async ({ query, req }): Promise<ContactPointPage> => {
      const actor = directoryActor(req);
      authorize(actor, "contactPoint.list");
      const now = directoryNow();
      const filter = await contactPointFilter(query, actor, now);
      const [entries, total] = await Promise.all([
        ContactPoint.find(filter).sort({ country: 1, searchText: 1, _id: 1 }).skip(query.offset).limit(query.limit).lean(),
        ContactPoint.countDocuments(filter),
      ]);
      return { items: await presentSummaries(entries, now), total, offset: query.offset, limit: query.limit };
    },
  );

  api.add(
    { method: "post", path: "/contact-points", summary: "Add a contact point (a function or a named person) to an organisation", tag: "directory", access: "secretariat, the organisation's members, its named editors", before, body: contactPointInputSchema, status: 201 },
    async ({ body, req }): Promise<PresentedContactPoint> => {
      const actor = directoryActor(req);
      const now = directoryNow();
      return presentFull(await contactPointCreator({ actor, input: body, now }), actor, now);
    },
  );

  api.add(
    { method: "get", path: "/contact-points/cards", summary: "Cards of referenced contact points (agenda items, decisions, documents): those the caller may see", tag: "directory", access: "signed in", before, query: contactPointCardsQuerySchema },
    async ({ query, req }): Promise<ContactPointCards> => {
      const actor = directoryActor(req);
      authorize(actor, "contactPoint.list");
      const wanted = [...new Set(query.ids)];
      const entries = await ContactPoint.find({ $and: [{ _id: { $in: wanted } }, contactPointScope(actor)] }).lean();
      const cards = await presentCards(entries, directoryNow());
      return { cards: wanted.flatMap((id) => cards.get(id) ?? []), missing: wanted.filter((id) => !cards.has(id)) };
    },
  );

  api.add(
    { method: "get", path: "/contact-points/to-verify", summary: "My entries to confirm or update: linked to me, or of my organisation, due or stale", tag: "directory", access: "secretariat, chair, member", before },
    async ({ req }): Promise<PresentedContactPointSummary[]> => {
      const actor = directoryActor(req);
      authorize(actor, "contactPoint.listOwnToVerify");
      const now = directoryNow();
      const owned: Array<Record<string, unknown>> = [{ linkedUserId: actor.id }];
      if (actor.organisationId) owned.push({ linkedUserId: null, organisationId: actor.organisationId });
      const entries = await ContactPoint.find({ $and: [needsVerificationFilter(now), { $or: owned }] }).sort({ nextVerificationAt: 1 }).limit(500).lean();
      return presentSummaries(entries, now);
    },
  );

  api.add(
    { method: "get", path: "/contact-points/:id", summary: "One contact point with its channels; opening a named person's entry is audited", tag: "directory", access: "signed in (named people: not observers, unless granted; mobiles: not observers)", before, params: idParams },
    async ({ params, req }): Promise<PresentedContactPoint> => {
      const actor = directoryActor(req);
      const { contactPoint } = await readableContactPoint(actor, params.id);
      if (contactPoint.kind === "person") {
        await audit({ action: "contact_point.viewed", ...directoryAudit(actor), target: { type: "contact_point", id: contactPoint.id, label: contactPoint.function } });
      }
      return presentFull(contactPoint, actor, directoryNow());
    },
  );

  api.add(
    { method: "patch", path: "/contact-points/:id", summary: "Change a contact point (also counts as verified)", tag: "directory", access: "secretariat, the organisation's members and editors, the linked account", before, params: idParams, body: contactPointUpdateSchema },
    async ({ params, body, req }): Promise<PresentedContactPoint> => {
      const actor = directoryActor(req);
      const now = directoryNow();
      return presentFull(await contactPointUpdater({ actor, contactPointId: params.id, changes: body, now }), actor, now);
    },
  );

  api.add(
    { method: "delete", path: "/contact-points/:id", summary: "Remove a contact point", tag: "directory", access: "secretariat, the organisation's members and editors, the linked account", before, params: idParams },
    async ({ params, req }): Promise<void> => {
      await contactPointRemover({ actor: directoryActor(req), contactPointId: params.id });
    },
  );

  api.add(
    { method: "post", path: "/contact-points/:id/verification", summary: "Confirm that a contact point is still right (the next date is six months on)", tag: "directory", access: "secretariat, the organisation's members and editors, the linked account", before, params: idParams },
    async ({ params, req }): Promise<PresentedContactPoint> => {
      const actor = directoryActor(req);
      const now = directoryNow();
      return presentFull(await contactPointVerifier({ actor, contactPointId: params.id, now }), actor, now);
    },
  );
}
