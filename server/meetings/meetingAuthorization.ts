import type { MeetingStatus } from "../../shared/meetings";
import { Forbidden } from "../errors";
import { can, type Action, type Actor } from "../policies";
import type { MeetingTarget } from "../policies/meetings";

type MeetingAction = { [A in Action]: MeetingTarget extends Parameters<typeof can<A>>[2] ? A : never }[Action];

/**
 * Commands that change a meeting authorize in two steps, so each refusal says what is wrong:
 * first `roleMayAct` — 403 when this user may not do this even in a meeting where it is open (at
 * `openStatus`), so their role or their invitation is the problem — then the command's own state
 * checks (409 invalid_status: "start the meeting first"), then `authorize` against the meeting as
 * it is written, which decides.
 */
export function roleMayAct(actor: Actor, action: MeetingAction, meeting: MeetingTarget, openStatus: MeetingStatus): void {
  if (!can(actor, action, meeting as never) && !can(actor, action, { ...meeting, status: openStatus } as never)) throw Forbidden();
}
