import { audit } from "../audit/auditLog";
import { directoryAudit, type DirectoryActor } from "../directory/directoryActor";
import { Conflict, NotFound, Validation } from "../errors";
import { User, type UserDocument } from "../models/User";
import { authorize } from "../policies";
import { endOfDay } from "./userInviter";

/**
 * Lets an observer see named contact points (never personal mobiles) until a day within their access
 * period, or withdraws that (until: null). Secretariat only; audited.
 */
export default async function directoryGrantSetter(props: { actor: DirectoryActor; userId: string; until: string | null; now: Date }): Promise<UserDocument> {
  const { actor, until, now } = props;
  authorize(actor, "directory.manageGrants");
  const user = await User.findById(props.userId);
  if (!user) throw NotFound("There is no such account");
  if (user.role !== "observer") throw Conflict("Members, chairs and the secretariat already see the whole directory", "not_an_observer");
  const end = until ? endOfDay(until) : null;
  if (end && end.getTime() <= now.getTime()) throw Validation([{ path: "body.until", message: "must be a day in the future" }]);
  if (end && user.accessUntil && end.getTime() > user.accessUntil.getTime()) {
    throw Validation([{ path: "body.until", message: "must not be after the end of the observer's access" }]);
  }
  user.directoryPeopleUntil = end;
  await user.save();
  await audit({
    action: end ? "directory.people_granted" : "directory.people_grant_withdrawn",
    ...directoryAudit(actor),
    target: { type: "user", id: user.id, label: user.email },
    details: { until },
  });
  return user;
}
