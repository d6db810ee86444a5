import type { Problem } from "../../shared/types";

/** A failed API call, carrying the server's problem document (RFC 9457). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

/** Typed JSON over fetch, same origin, cookies included. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  if (init.body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  const response = await fetch(path, { ...init, headers, credentials: "same-origin" });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = (body as Problem | undefined) ?? { type: "about:blank", title: response.statusText, status: response.status, code: "http_error" };
    throw new ApiError(problem);
  }
  return body as T;
}
