import type { Role } from "../../shared/domain";
import type { PersonRef } from "../../shared/meetingTypes";
import { User, userMayUseAccount } from "../models/User";
import { resolveTargets, targetKey } from "../notifications/notificationTargets";
import type { Actor } from "../policies";
import type { LoadedCommentTarget } from "./commentTargets";

/**
 * Who can be mentioned on a target: the people who may read it (asked of the policy module), by
 * name. Only someone who may read the target asks, so it lists colleagues who already share it.
 */
export async function mentionCandidates(actor: Actor, target: LoadedCommentTarget): Promise<PersonRef[]> {
  const resolved = (await resolveTargets([target.notification])).get(targetKey(target.notification));
  if (!resolved) return [];
  const users = await User.find({ active: true }, { name: 1, role: 1, active: 1, accessUntil: 1 }).sort({ name: 1 }).limit(2000).lean();
  return users
    .filter((u) => String(u._id) !== actor.id && userMayUseAccount(u) && resolved.readableBy({ id: String(u._id), role: u.role as Role, active: true }))
    .map((u) => ({ id: String(u._id), name: u.name }));
}
