/** Shapes the server's presenters return; both sides import them. */

export interface ReadinessStatus {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  version: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  instance?: string;
  requestId?: string;
  issues?: { path: string; message: string }[];
  retryAfter?: number;
}
