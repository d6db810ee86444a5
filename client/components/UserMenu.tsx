import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../session/SessionProvider";

/** Who is signed in, and the way out. */
export function UserMenu() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const account = session?.account;
  if (!account || session.stage === "anonymous") return null;

  const leave = async () => {
    setBusy(true);
    try {
      await signOut();
    } catch {
      // The session stays as it was; the button can be tried again.
    } finally {
      // This menu stays mounted while signed out (it renders nothing), so the next person to sign
      // in in this tab must find the button enabled again.
      setBusy(false);
    }
  };

  return (
    <div className="user-menu">
      <span className="user-menu-who">
        <span className="user-menu-name">{account.name}</span>
        <span className="user-menu-role">{t(`role.${account.role}`)}</span>
      </span>
      <button type="button" className="button-secondary" onClick={() => void leave()} disabled={busy}>
        {t("nav.signOut")}
      </button>
    </div>
  );
}
