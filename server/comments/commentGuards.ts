import type { Role } from "../../shared/domain";
import type { PersonRef } from "../../shared/meetingTypes";
import { personalDataFindings } from "../documents/personalDataFindings";
import { HttpError } from "../errors";
import { User, userMayUseAccount } from "../models/User";
import { resolveTargets, targetKey, type TargetRef } from "../notifications/notificationTargets";

/** Likely personal data in a comment's text; "@Anna Antwerpen" names a colleague who shares the target, not a person the text is about. */
export function commentFindings(text: string, mentioned: PersonRef[]) {
  const withoutMentions = mentioned.reduce((rest, person) => rest.split(`@${person.name}`).join("@"), text);
  return personalDataFindings(withoutMentions, { acknowledgements: [] });
}

/**
 * The personal-data guard on comment text: likely personal data (an e-mail address, an IBAN, a
 * national number…) is refused with the findings unless the author confirms, having seen them.
 */
export function guardPersonalData(text: string, confirmed: boolean, mentioned: PersonRef[] = []): void {
  if (confirmed) return;
  const findings = commentFindings(text, mentioned);
  if (findings.length > 0) throw new HttpError(409, "personal_data_in_comment", "This comment looks like it contains personal data; remove it, or confirm to keep it", { findings });
}

/**
 * Splits mentioned people into those who may read the target (they will be told) and those who may
 * not (the author is told; they are not, and mentioning grants nothing). Unknown ids are dropped.
 */
export async function sortMentions(target: TargetRef, mentionIds: string[]): Promise<{ reachable: string[]; unreachable: PersonRef[]; people: PersonRef[] }> {
  const ids = [...new Set(mentionIds)];
  if (ids.length === 0) return { reachable: [], unreachable: [], people: [] };
  const [users, targets] = await Promise.all([User.find({ _id: { $in: ids } }, { name: 1, role: 1, active: 1, accessUntil: 1 }).lean(), resolveTargets([target])]);
  const resolved = targets.get(targetKey(target));
  const reachable: string[] = [];
  const unreachable: PersonRef[] = [];
  const people = users.map((u) => ({ id: String(u._id), name: u.name }));
  for (const user of users) {
    const id = String(user._id);
    const reads = userMayUseAccount(user) && resolved?.readableBy({ id, role: user.role as Role, active: true });
    if (reads) reachable.push(id);
    else unreachable.push({ id, name: user.name });
  }
  return { reachable, unreachable, people };
}
