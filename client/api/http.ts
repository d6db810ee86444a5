import type { Problem, SessionState } from "../../shared/types";

/** A failed API call, carrying the server's problem document (RFC 9457). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }

  get code(): string {
    return this.problem.code;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The problem we report when the server could not be reached or did not answer in JSON. */
function localProblem(status: number, code: string, title: string): Problem {
  return { type: "about:blank", title, status, code };
}

/*
 * CSRF: every state-changing request carries the token from the latest SessionState the client
 * received. The token lives here, not in React state, so no page has to think about it; the
 * session provider subscribes to hear about every new SessionState, wherever it came from.
 */
let csrfToken: string | null = null;
let pendingSession: Promise<SessionState> | null = null;
const sessionListeners = new Set<(session: SessionState) => void>();

export function onSessionState(listener: (session: SessionState) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Records a SessionState from any endpoint: its token replaces the old one. */
export function acceptSession(session: SessionState): SessionState {
  csrfToken = session.csrfToken;
  for (const listener of sessionListeners) listener(session);
  return session;
}

/** GET /api/auth/session; concurrent callers share one request. */
export function fetchSession(): Promise<SessionState> {
  pendingSession ??= send<SessionState>("/api/auth/session", { method: "GET" })
    .then(acceptSession)
    .finally(() => {
      pendingSession = null;
    });
  return pendingSession;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The CSRF token for requests that cannot go through apiFetch (uploads over XHR, for progress). */
export async function csrfTokenForUpload(): Promise<string> {
  if (csrfToken === null) await fetchSession();
  return csrfToken ?? "";
}

/** Typed JSON over fetch, same origin, cookies included, CSRF handled (one silent retry). */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const method = (init.method ?? "GET").toUpperCase();
  const safe = SAFE_METHODS.has(method);
  if (!safe && csrfToken === null) await fetchSession();
  try {
    return await send<T>(path, { ...init, method });
  } catch (error) {
    if (!safe && error instanceof ApiError && error.status === 403 && error.code === "csrf_invalid") {
      await fetchSession();
      return send<T>(path, { ...init, method });
    }
    // The session ended on the server (idle timeout, revoked elsewhere): learn it so the guards redirect.
    if (error instanceof ApiError && error.status === 401 && error.code === "unauthorized" && path !== "/api/auth/session") {
      void fetchSession().catch(() => undefined);
    }
    throw error;
  }
}

/** Sends a JSON body; the answer is a SessionState whose token replaces the current one. */
export async function sendForSession(path: string, body: unknown = {}): Promise<SessionState> {
  return acceptSession(await apiFetch<SessionState>(path, { method: "POST", body: JSON.stringify(body) }));
}

export function postJson<T>(path: string, body: unknown = {}): Promise<T> {
  return apiFetch<T>(path, { method: "POST", body: JSON.stringify(body) });
}

export function patchJson<T>(path: string, body: unknown): Promise<T> {
  return apiFetch<T>(path, { method: "PATCH", body: JSON.stringify(body) });
}

export function deleteResource(path: string): Promise<void> {
  return apiFetch<void>(path, { method: "DELETE" });
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  if (init.body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  if (!SAFE_METHODS.has(init.method ?? "GET") && csrfToken !== null) headers.set("X-CSRF-Token", csrfToken);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: "same-origin" });
  } catch {
    throw new ApiError(localProblem(0, "network_error", "The server cannot be reached"));
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) throw new ApiError(localProblem(response.status, "bad_response", "The answer was not JSON"));
  }
  if (!response.ok) {
    const problem = isProblem(body) ? body : localProblem(response.status, "http_error", response.statusText);
    throw new ApiError(problem);
  }
  return body as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && typeof (value as Problem).code === "string";
}
