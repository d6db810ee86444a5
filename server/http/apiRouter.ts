import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { HttpError, Validation, type FieldIssue } from "../errors";

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
  /** A success response that is a file, not JSON: its media types (the handler sends it). */
  file?: readonly string[];
  /** A request body that is a file (read by the handler, not JSON): its media types. */
  upload?: readonly string[];
  /** Success status; 204 for routes that answer with no content. */
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
  file?: readonly string[];
  upload?: readonly string[];
  status: number;
  access?: string;
}

const methodNotAllowed = (allowed: string) => new HttpError(405, "method_not_allowed", "This address does not accept this method", { allow: allowed });

const empty = z.object({});

/**
 * One Express router for /api that also records each route for the OpenAPI document. Every route
 * reads one way: before-middlewares (auth) → validate(schemas) → handler. Handlers see validated
 * input only; what they return is sent as JSON, nothing means 204.
 */
export class ApiRouter {
  readonly router = express.Router();
  readonly routes: RegisteredRoute[] = [];
  /** The methods of each path, for 405 Method Not Allowed with an Allow header. */
  private readonly methods = new Map<string, Set<string>>();
  /**
   * As in OpenAPI path matching, a concrete path ("/action-items/mine") is matched before a
   * templated one ("/action-items/{actionId}"): its method check runs before every route, and a
   * templated path's only after all routes had their chance.
   */
  private readonly concreteChecks = express.Router();
  /** The routes themselves (the OpenAPI test reads them). */
  readonly operations = express.Router();
  private readonly templatedChecks = express.Router();

  constructor() {
    this.router.use(this.concreteChecks, this.operations, this.templatedChecks);
  }

  add<B extends z.ZodType = typeof empty, Q extends z.ZodType = typeof empty, P extends z.ZodType = typeof empty>(
    spec: RouteSpec<B, Q, P>,
    handler: (ctx: RouteContext<z.output<B>, z.output<Q>, z.output<P>>) => unknown,
  ): void {
    const status = spec.status ?? 200;
    this.routes.push({ ...spec, status });
    this.allowMethod(spec.path, spec.method);
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
        if (result === undefined || status === 204) res.status(204).end();
        else res.status(status).json(result);
      } catch (error) {
        next(error);
      }
    };
    this.operations[spec.method](spec.path, ...(spec.before ?? []), run);
  }

  /** The answer to methods a path does not have: 405 with Allow (OPTIONS: 204 with Allow). */
  private allowMethod(path: string, method: Method): void {
    let methods = this.methods.get(path);
    if (!methods) {
      const known = (methods = new Set<string>());
      this.methods.set(path, known);
      const checks = path.includes(":") ? this.templatedChecks : this.concreteChecks;
      checks.all(path, (req, res, next) => {
        if (known.has(req.method) || (req.method === "HEAD" && known.has("GET"))) return next();
        const allow = [...known, ...(known.has("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
        res.setHeader("Allow", allow);
        if (req.method === "OPTIONS") return void res.status(204).end();
        next(methodNotAllowed(allow));
      });
    }
    methods.add(method.toUpperCase());
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
