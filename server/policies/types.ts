import type { UserDocument } from "../models/User";

/** Who is acting: a signed-in user (already checked active and fully authenticated). */
export type Actor = Pick<UserDocument, "id" | "role" | "active">;

/** A rule decides one action; `target` is the resource when the action is about one (void: about none). */
export type Rule<T = void> = (actor: Actor, target: T) => boolean;

/**
 * Declares one rule with the type of what it is about, so each resource's policy file is checked
 * against its own target type (no casts): `allow<MeetingTarget>((actor, meeting) => …)`.
 */
export const allow = <T = void>(rule: Rule<T>): Rule<T> => rule;

/** A database filter (mongoose/MongoDB query object) that selects what an actor may see. */
export type Scope = Record<string, unknown>;

/** Matches nothing: the scope of someone who may see nothing. */
export const NOTHING: Scope = { _id: { $in: [] } };
