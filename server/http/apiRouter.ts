import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { Validation, type FieldIssue } from "../errors";

type Method = "get" | "post" | "put" | "patch" | "delete";

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: Method;
  /** Express path below /api, e.g. "/users/:id". */
  path: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Schema of the success response, for the OpenAPI document. */
  response?: z.ZodType;
  status?: number;
  /** Middlewares that run before validation: authentication, rate limits, policy gates. */
  before?: RequestHandler[];
  /** Shown in the OpenAPI document: who may call it. */
  access?: string;
}

export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  req: Request;
  res: Response;
}

export interface RegisteredRoute {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
  status: number;
  access?: string;
}

const empty = z.object({});

/**
 * One Express router for /api that also records each route for the OpenAPI document. Every route
 * reads one way: before-middlewares (auth) → validate(schemas) → handler. Handlers see validated
 * input only; what they return is sent as JSON, nothing means 204.
 */
export class ApiRouter {
  readonly router = express.Router();
  readonly routes: RegisteredRoute[] = [];

  add<B extends z.ZodType = typeof empty, Q extends z.ZodType = typeof empty, P extends z.ZodType = typeof empty>(
    spec: RouteSpec<B, Q, P>,
    handler: (ctx: RouteContext<z.output<B>, z.output<Q>, z.output<P>>) => unknown,
  ): void {
    const status = spec.status ?? 200;
    this.routes.push({ ...spec, status });
    const run = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = {
          body: parse(spec.body, req.body ?? {}, "body"),
          query: parse(spec.query, req.query, "query"),
          params: parse(spec.params, req.params, "params"),
          req,
          res,
        } as RouteContext<z.output<B>, z.output<Q>, z.output<P>>;
        const result = await handler(ctx);
        if (res.headersSent) return;
        if (result === undefined) res.status(204).end();
        else res.status(status).json(result);
      } catch (error) {
        next(error);
      }
    };
    this.router[spec.method](spec.path, ...(spec.before ?? []), run);
  }
}

function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return {};
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  throw Validation(issues);
}
