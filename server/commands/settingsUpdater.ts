import { audit } from "../audit/auditLog";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { Setting, loadSettings } from "../models/Setting";
import { authorize } from "../policies";

/** Changes the workspace settings (`settings.update`): the "require 2FA for all" and "include excerpts in e-mail" switches, each audited when it flips. */
export default async function settingsUpdater(props: { actor: ActingUser; require2faForAll?: boolean; includeExcerpts?: boolean }) {
  authorize(props.actor, "settings.update");
  const before = await loadSettings();
  const set = Object.fromEntries(Object.entries({ require2faForAll: props.require2faForAll, includeExcerpts: props.includeExcerpts }).filter(([, value]) => value !== undefined));
  await Setting.updateOne({ _id: "workspace" }, { $set: set }, { upsert: true });
  if (props.require2faForAll !== undefined && before.require2faForAll !== props.require2faForAll) {
    await audit({ action: "settings.require_2fa_changed", ...auditActor(props.actor), details: { require2faForAll: props.require2faForAll } });
  }
  if (props.includeExcerpts !== undefined && before.includeExcerpts !== props.includeExcerpts) {
    await audit({ action: "settings.include_excerpts_changed", ...auditActor(props.actor), details: { includeExcerpts: props.includeExcerpts } });
  }
  return loadSettings();
}
