import type { z } from "zod";
import type { updateUserSchema } from "../../shared/schemas/accounts";
import { audit } from "../audit/auditLog";
import { domainEvents } from "../domainEvents";
import { withLock } from "../db/claims";
import { Conflict, Validation } from "../errors";
import { Organisation } from "../models/Organisation";
import { User, type UserDocument } from "../models/User";
import { endOfDay } from "./userInviter";
import sessionRevoker from "./sessionRevoker";

/**
 * The secretariat changes a user's role, organisation, access end or active state. Losing access
 * (deactivation, a role change) ends their sessions and sockets. Every change is audited.
 */
export default async function userUpdater(props: {
  target: UserDocument;
  input: z.output<typeof updateUserSchema>;
  audit: { actor: { id: string; name: string } | null; ip: string };
}): Promise<UserDocument> {
  // Role and activation changes are serialised, so two secretariats cannot demote each other at once
  // and leave nobody (FerretDB has no multi-document transactions).
  return withLock("user-roles", () => applyChanges(props));
}

async function applyChanges(props: Parameters<typeof userUpdater>[0]): Promise<UserDocument> {
  const target = (await User.findById(props.target._id)) ?? props.target;
  const { input } = props;
  const auditTarget = { type: "user", id: target.id, label: target.email };
  const demotesSecretariat =
    target.role === "secretariat" && target.active && ((input.role && input.role !== "secretariat") || input.active === false);
  if (demotesSecretariat && (await User.countDocuments({ role: "secretariat", active: true })) <= 1) {
    throw Conflict("The last active secretariat account cannot be changed", "last_secretariat");
  }
  if (input.organisationId && !(await Organisation.exists({ _id: input.organisationId }))) {
    throw Validation([{ path: "body.organisationId", message: "unknown organisation" }]);
  }
  const role = input.role ?? target.role;
  if (input.accessUntil && role !== "observer") {
    throw Validation([{ path: "body.accessUntil", message: "only observers' access can end on a date" }]);
  }

  let lostAccess = false;
  if (input.role !== undefined && input.role !== target.role) {
    await audit({ ...props.audit, action: "user.role_changed", target: auditTarget, details: { from: target.role, to: input.role } });
    target.role = input.role;
    lostAccess = true;
  }
  if (input.active !== undefined && input.active !== target.active) {
    await audit({ ...props.audit, action: input.active ? "user.reactivated" : "user.deactivated", target: auditTarget });
    target.active = input.active;
    lostAccess ||= !input.active;
  }
  if (input.organisationId !== undefined && String(input.organisationId) !== String(target.organisationId)) {
    await audit({ ...props.audit, action: "user.organisation_changed", target: auditTarget, details: { organisationId: input.organisationId } });
    target.organisationId = input.organisationId as never;
  }
  if (input.accessUntil !== undefined) {
    target.accessUntil = input.accessUntil ? endOfDay(input.accessUntil) : null;
    await audit({ ...props.audit, action: "user.access_until_changed", target: auditTarget, details: { accessUntil: input.accessUntil } });
  }
  if (target.role !== "observer") target.accessUntil = null;
  await target.save();
  if (lostAccess) {
    await sessionRevoker({ userId: target.id });
    domainEvents.emit("user.accessChanged", target.id);
  }
  return target;
}
