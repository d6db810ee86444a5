import type { UserDocument } from "../models/User";

/** Who is acting: a signed-in user (already checked active and fully authenticated). */
export type Actor = Pick<UserDocument, "id" | "role" | "active">;

/** A rule decides one action; `target` is the resource when the action is about one. */
export type Rule<T = unknown> = (actor: Actor, target: T) => boolean;
