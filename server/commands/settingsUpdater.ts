import { audit } from "../audit/auditLog";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Setting, loadSettings } from "../models/Setting";
import { authorize } from "../policies";

/** Changes the workspace settings (`settings.update`): the "require 2FA for all" switch, audited when it flips. */
export default async function settingsUpdater(props: { actor: ActingUser; require2faForAll: boolean }): Promise<{ require2faForAll: boolean }> {
  authorize(props.actor, "settings.update");
  const before = await loadSettings();
  await Setting.updateOne({ _id: "workspace" }, { $set: { require2faForAll: props.require2faForAll } }, { upsert: true });
  if (before.require2faForAll !== props.require2faForAll) {
    await audit({ action: "settings.require_2fa_changed", ...auditActor(props.actor), details: { require2faForAll: props.require2faForAll } });
  }
  return loadSettings();
}
