import { LoadFailure } from "../components/LoadFailure";
import { Loading } from "../components/Loading";
import { useSession } from "./SessionProvider";

/** While the first GET /api/auth/session is under way: "Loading…", or why it failed and a retry. */
export function SessionPending() {
  const { loadError, refresh } = useSession();
  return loadError ? <LoadFailure error={loadError} onRetry={() => void refresh().catch(() => undefined)} /> : <Loading />;
}
