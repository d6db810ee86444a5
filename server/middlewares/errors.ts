import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { BadRequest, Conflict, HttpError, NotFound, PayloadTooLarge } from "../errors";

/** Unknown /api routes answer with a problem document, never the SPA. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(NotFound(`No API route for ${req.method} ${req.path}`));
};

/** Renders every error as RFC 9457 application/problem+json; unexpected errors are logged, not shown. */
export function problemErrors(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toHttpError(error);
    if (!known) logger.error({ err: error, requestId: req.id }, "unhandled error");
    const problem = known ?? new HttpError(500, "internal_error", "Something went wrong on our side");
    if (res.headersSent) return void res.end();
    const retryAfter = problem.extra.retryAfter;
    if (typeof retryAfter === "number") res.setHeader("Retry-After", String(retryAfter));
    res
      .status(problem.status)
      .type("application/problem+json")
      .send(
        JSON.stringify({
          type: `https://greychair.invalid/problems/${problem.code}`,
          title: problem.message,
          status: problem.status,
          code: problem.code,
          instance: req.originalUrl,
          requestId: req.id,
          ...problem.extra,
        }),
      );
  };
}

function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  // A unique index refused a concurrent duplicate that the route's own check could not see yet.
  if ((error as { code?: number })?.code === 11000) return Conflict("This already exists", "duplicate");
  const type = (error as { type?: string })?.type;
  if (type === "entity.too.large") return PayloadTooLarge();
  if (type === "entity.parse.failed") return BadRequest("The request body is not valid JSON");
  if (type === "charset.unsupported" || type === "encoding.unsupported") return BadRequest("Unsupported encoding");
  const status = (error as { status?: number })?.status;
  if (typeof status === "number" && status >= 400 && status < 500) return new HttpError(status, "bad_request", "The request is not valid");
  return undefined;
}
