import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "./http";

export type Resource<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "failed"; error: ApiError };

/**
 * Loads something once per change of `key`, with reload() and a setter for local updates after
 * a successful change (so a list need not be refetched after every edit). Shown with <ResourceView>.
 * A reload keeps what is on the page until the new answer arrives (live pages reload often, and
 * should not flash "Loading…"); a new key starts from "loading".
 */
export function useResource<T>(load: () => Promise<T>, key: string = "") {
  const [resource, setResource] = useState<Resource<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const loadedKey = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    const sameKey = loadedKey.current === key;
    loadedKey.current = key;
    setResource((previous) => (sameKey && previous.status === "ready" ? previous : { status: "loading" }));
    load().then(
      (data) => current && setResource({ status: "ready", data }),
      (error: unknown) => current && setResource({ status: "failed", error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is usually an inline arrow: the key says when to load again.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setResource((previous) => (previous.status === "ready" ? { status: "ready", data: change(previous.data) } : previous));
  }, []);
  return { resource, reload, update };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ type: "about:blank", title: String(error), status: 0, code: "client_error" });
}
