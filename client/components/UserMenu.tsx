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
      setBusy(false); // the session stays as it was; the button can be tried again
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
