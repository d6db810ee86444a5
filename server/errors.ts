/** Errors are values with an HTTP status and a stable code; the error middleware renders them as RFC 9457 problems. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export const BadRequest = (message = "The request is not valid") => new HttpError(400, "bad_request", message);
export const Validation = (issues: FieldIssue[]) =>
  new HttpError(422, "validation_failed", "Some fields are not valid", { issues });
export const Unauthorized = (message = "Sign in to continue") => new HttpError(401, "unauthorized", message);
export const Forbidden = (message = "You are not allowed to do this") => new HttpError(403, "forbidden", message);
export const NotFound = (message = "Not found") => new HttpError(404, "not_found", message);
export const Conflict = (message: string, code = "conflict") => new HttpError(409, code, message);
export const PayloadTooLarge = (message = "The request is too large") => new HttpError(413, "payload_too_large", message);
export const TooManyRequests = (retryAfterSeconds: number, message = "Too many attempts; try again later") =>
  new HttpError(429, "rate_limited", message, { retryAfter: retryAfterSeconds });
