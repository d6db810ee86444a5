import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PresentedAccount, SessionState } from "../../shared/types";
import { endAllSessions, updateAccount } from "../api/account";
import { signOut as postSignOut } from "../api/auth";
import { ApiError, fetchSession, onSessionState } from "../api/http";
import { toApiError } from "../api/useResource";
import { sessionEnded } from "../editor/offlineCopies";
import { useI18n } from "../i18n/I18nProvider";
import type { Language } from "../../shared/languages";

interface SessionContextValue {
  /** null until the first GET /api/auth/session answers. */
  session: SessionState | null;
  /** Set when the session could not be loaded at all (server unreachable). */
  loadError: ApiError | null;
  /** True after the user signed out here, so the sign-in page can say so. */
  signedOut: boolean;
  refresh(): Promise<SessionState>;
  signOut(options?: { everywhere?: boolean }): Promise<void>;
  /** Replaces the account after the user changed it (PATCH /api/account). */
  setAccount(account: PresentedAccount): void;
  /** Changes the interface language and, when signed in, the account's preferred language. */
  chooseLanguage(language: Language): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLanguage } = useI18n();
  const [session, setSession] = useState<SessionState | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  // chooseLanguage reads the stage without changing identity on every session update.
  const sessionRef = useRef<SessionState | null>(null);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);

  useEffect(
    () =>
      onSessionState((next) => {
        setSession(next);
        setLoadError(null);
        if (next.stage !== "anonymous") setSignedOut(false);
      }),
    [],
  );

  const refresh = useCallback(() => fetchSession(), []);

  // No session here (signed out, timed out, revoked, or never signed in on this device): the
  // document copies go, unless this device keeps them (offlineCopies.ts).
  const anonymous = session?.stage === "anonymous";
  useEffect(() => {
    if (anonymous) void sessionEnded();
  }, [anonymous]);

  useEffect(() => {
    refresh().catch((error: unknown) => setLoadError(toApiError(error)));
  }, [refresh]);

  // The account's preferred language wins whenever an account arrives or its language changes.
  const accountId = session?.account?.id;
  const accountLanguage = session?.account?.language;
  useEffect(() => {
    if (accountLanguage) setLanguage(accountLanguage);
  }, [accountId, accountLanguage, setLanguage]);

  const signOut = useCallback(
    async (options: { everywhere?: boolean } = {}) => {
      try {
        await (options.everywhere ? endAllSessions() : postSignOut());
        // Before the page changes, so nothing of the documents is left behind when it does.
        await sessionEnded();
      } finally {
        setSignedOut(true);
        await refresh();
      }
    },
    [refresh],
  );

  const setAccount = useCallback((account: PresentedAccount) => {
    setSession((current) => (current ? { ...current, account } : current));
  }, []);

  const chooseLanguage = useCallback(
    (language: Language) => {
      setLanguage(language);
      const stage = sessionRef.current?.stage;
      if (stage !== "signed_in" && stage !== "enrolment") return;
      // Remembered for next time; the interface has already switched, so a failure here is not worth an error.
      updateAccount({ language }).then(setAccount, () => undefined);
    },
    [setLanguage, setAccount],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ session, loadError, signedOut, refresh, signOut, setAccount, chooseLanguage }),
    [session, loadError, signedOut, refresh, signOut, setAccount, chooseLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error("useSession must be used inside <SessionProvider>");
  return context;
}

/** For pages behind <RequireSession>: the account is there. */
export function useAccount(): PresentedAccount {
  const account = useSession().session?.account;
  if (!account) throw new Error("useAccount needs a signed-in session");
  return account;
}
