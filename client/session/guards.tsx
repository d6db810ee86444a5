import { Navigate, Outlet, useLocation } from "react-router";
import type { Abilities } from "../../shared/types";
import { useI18n } from "../i18n/I18nProvider";
import { withNext } from "./next";
import { SessionPending } from "./SessionPending";
import { useSession } from "./SessionProvider";

export const ENROLMENT_PATH = "/account/two-factor";

/**
 * Pages for signed-in users. Anonymous visitors go to the sign-in page (and come back after), a
 * half-finished sign-in goes to the code step, and a user who must still set up two-factor
 * sign-in can open nothing but the enrolment page.
 */
export function RequireSession() {
  const { session, signedOut } = useSession();
  const location = useLocation();
  const here = location.pathname + location.search;

  if (!session) return <SessionPending />;
  switch (session.stage) {
    case "anonymous":
      return signedOut ? (
        <Navigate to="/sign-in" replace state={{ signedOut: true }} />
      ) : (
        <Navigate to={withNext("/sign-in", here)} replace />
      );
    case "second_factor":
      return <Navigate to={withNext("/sign-in/code", here)} replace />;
    case "enrolment":
      return location.pathname === ENROLMENT_PATH ? <Outlet /> : <Navigate to={withNext(ENROLMENT_PATH, here)} replace />;
    case "signed_in":
      return <Outlet />;
  }
}

/** Administration pages: the server checks again on every call; this only spares a dead end. */
export function RequireAbility({ ability }: { ability: keyof Abilities | (keyof Abilities)[] }) {
  const { session } = useSession();
  const { t } = useI18n();
  const wanted = Array.isArray(ability) ? ability : [ability];
  if (session && wanted.some((name) => session.abilities[name])) return <Outlet />;
  return (
    <div className="page">
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
    </div>
  );
}
