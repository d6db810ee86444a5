import { z } from "zod";
import { DIRECTORY_COUNTRIES, FRESHNESS_STATUSES } from "../../../shared/directory";
import type { FreshnessReport, PresentedDirectoryGrant } from "../../../shared/directoryTypes";
import type { Country } from "../../../shared/domain";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { directoryGrantSchema } from "../../../shared/schemas/directory";
import directoryGrantSetter from "../../commands/directoryGrantSetter";
import { directoryNow } from "../../directory/clock";
import { presentCards } from "../../directory/contactPointPages";
import { directoryActor } from "../../directory/directoryActor";
import { freshnessFilter } from "../../directory/freshness";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { ContactPoint } from "../../models/ContactPoint";
import { User, type UserDocument } from "../../models/User";
import { authorize } from "../../policies";

const before = [requireSignedIn];
const OLDEST_SHOWN = 5;

const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const presentGrant = (user: UserDocument): PresentedDirectoryGrant => ({
  userId: user.id,
  name: user.name,
  email: user.email,
  accessUntil: isoDay(user.accessUntil),
  peopleUntil: isoDay(user.directoryPeopleUntil),
});

/** The secretariat's side of the directory: freshness per country and observers' grants. */
export function registerDirectoryAdministrationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/directory/freshness", summary: "Freshness per country: how many entries are fresh, due or stale, and the oldest ones", tag: "directory", access: "secretariat", before },
    async ({ req }): Promise<FreshnessReport> => {
      authorize(directoryActor(req), "directory.freshnessReport");
      const now = directoryNow();
      const present = await ContactPoint.distinct("country");
      const countries = [...DIRECTORY_COUNTRIES, ...(present.includes("other") ? (["other"] as const) : [])];
      const report = await Promise.all(
        countries.map(async (country) => {
          const [fresh, due, stale] = await Promise.all(FRESHNESS_STATUSES.map((status) => ContactPoint.countDocuments({ country, ...freshnessFilter(status, now) })));
          const oldest = await ContactPoint.find({ country }).sort({ verifiedAt: 1, _id: 1 }).limit(OLDEST_SHOWN).lean();
          const cards = await presentCards(oldest, now);
          return {
            country: country as Country,
            total: fresh! + due! + stale!,
            fresh: fresh!,
            due: due!,
            stale: stale!,
            oldest: oldest.map((entry) => ({ ...cards.get(String(entry._id))!, verifiedAt: entry.verifiedAt.toISOString(), nextVerificationAt: entry.nextVerificationAt.toISOString() })),
          };
        }),
      );
      return { generatedAt: now.toISOString(), countries: report };
    },
  );

  api.add(
    { method: "get", path: "/directory/grants", summary: "Observers and whether they may see named contact points", tag: "directory", access: "secretariat", before },
    async ({ req }): Promise<PresentedDirectoryGrant[]> => {
      authorize(directoryActor(req), "directory.manageGrants");
      const observers = await User.find({ role: "observer", active: true }).sort({ name: 1 }).limit(1_000);
      return observers.map(presentGrant);
    },
  );

  api.add(
    { method: "put", path: "/directory/grants/:userId", summary: "Let an observer see named contact points until a day within their access (null withdraws it)", tag: "directory", access: "secretariat", before, params: z.object({ userId: objectIdSchema }), body: directoryGrantSchema },
    async ({ params, body, req }): Promise<PresentedDirectoryGrant> => {
      const user = await directoryGrantSetter({ actor: directoryActor(req), userId: params.userId, until: body.until, now: directoryNow() });
      return presentGrant(user);
    },
  );
}
