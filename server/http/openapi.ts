import { z } from "zod";
import type { RegisteredRoute } from "./apiRouter";

const problemSchema = {
  type: "object",
  description: "RFC 9457 problem details",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string" },
    instance: { type: "string" },
    requestId: { type: "string" },
    issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
  },
  required: ["type", "title", "status", "code"],
};

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });

/** The problems a route can answer with, from what it declares (a problem's `code` says more). */
function problemResponses(route: RegisteredRoute): Record<string, unknown> {
  const isPublic = route.access?.startsWith("public") ?? false;
  const writes = route.method !== "get";
  const takesInput = Boolean(route.body || route.query || route.params);
  const responses: Record<string, unknown> = {};
  if (route.body) responses["400"] = problem("The body is not JSON (bad_request)");
  if (!isPublic) responses["401"] = problem("Not signed in (unauthorized)");
  if (!isPublic || writes) responses["403"] = problem("Not allowed (forbidden), or the CSRF token or Origin is missing (csrf_invalid)");
  if (route.params || !isPublic) responses["404"] = problem("Not found, or not visible to this user (not_found)");
  if (writes) responses["409"] = problem("In conflict with the current state (the code says which)");
  if (route.body) responses["413"] = problem("The body is larger than 256 KiB (payload_too_large)");
  if (takesInput) {
    responses["422"] = problem(
      "Some fields are not valid (validation_failed, with issues), or a rule that needs the data fails: referenced records must exist, passwords must meet the policy (weak_password), decisions need a victim-perspective note (victim_note_required)",
    );
  }
  if (route.upload) {
    responses["413"] = problem("The file is larger than ATTACHMENT_MAX_BYTES (payload_too_large)");
    responses["415"] = problem("The content is not one of the accepted file types (unsupported_file_type)");
  }
  if (isPublic && writes) responses["429"] = problem("Too many attempts (rate_limited, with Retry-After)");
  return responses;
}

function successResponse(route: RegisteredRoute): Record<string, unknown> {
  if (route.status === 204) return { "204": { description: "Done; no content" } };
  if (route.file) return { [String(route.status)]: { description: "The file", content: Object.fromEntries(route.file.map((type) => [type, { schema: { type: "string", format: "binary" } }])) } };
  const schema = route.response ? jsonSchema(route.response, "output") : {};
  return { [String(route.status)]: { description: "Success", content: { "application/json": { schema } } } };
}

/** Builds the OpenAPI 3.1 document from the zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: RegisteredRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = "/api" + route.path.replace(/:(\w+)/g, "{$1}");
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method}${path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      responses: {
        ...successResponse(route),
        ...problemResponses(route),
        default: problem("Error"),
      },
    };
    if (route.access) operation["x-access"] = route.access;
    if (route.body) {
      const schema = jsonSchema(route.body, "input") as { required?: string[]; minProperties?: number };
      // A body whose every field is optional may be left out (the router reads a missing body as {}).
      const required = (schema.required?.length ?? 0) > 0 || (schema.minProperties ?? 0) > 0;
      operation.requestBody = { required, content: { "application/json": { schema } } };
    }
    if (route.upload) {
      operation.requestBody = { required: true, content: { "application/octet-stream": { schema: { type: "string", format: "binary" }, "x-accepted-types": route.upload } } };
    }
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Greychair API",
      version,
      description:
        "Every route of the Greychair server, generated from its validation schemas. Text limits (maxLength) count the characters as sent; surrounding white space is removed afterwards. Every request but GET needs the session's X-CSRF-Token header and our own Origin.",
    },
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "greychair.sid" } },
    },
  };
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query"): unknown[] {
  if (!schema) return [];
  const json = jsonSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}
