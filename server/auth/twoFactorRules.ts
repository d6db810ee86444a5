import type { Role } from "../../shared/domain";
import type { SessionStage } from "../../shared/types";
import type { Request } from "express";
import { loadSettings, onSettingWrite } from "../models/Setting";
import { ReadCache } from "./readCache";

const SECOND_FACTOR_WINDOW_MS = 5 * 60_000;

/** Asked on every signed-in request; a change of the switch in this process clears it at once. */
const settings = new ReadCache<{ require2faForAll: boolean }>({ max: 1, ttlMs: 5_000 });
onSettingWrite(() => settings.invalidate("all"));

/** Two-factor sign-in is mandatory for the secretariat and chairs, and for everyone while the switch is on. */
export async function twoFactorRequired(role: Role): Promise<boolean> {
  if (role === "secretariat" || role === "chair") return true;
  return (await settings.load("workspace", loadSettings))!.require2faForAll;
}

/** Where this request's session stands; see SessionStage in shared/types.ts. */
export async function sessionStage(req: Request): Promise<SessionStage> {
  if (req.user) {
    const enrolled = Boolean(req.user.totp?.enabledAt);
    return !enrolled && (await twoFactorRequired(req.user.role)) ? "enrolment" : "signed_in";
  }
  const pending = req.session?.pendingSecondFactor;
  if (pending && Date.now() - pending.at < SECOND_FACTOR_WINDOW_MS) return "second_factor";
  return "anonymous";
}
