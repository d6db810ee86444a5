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
        [String(route.status)]: route.response
          ? { description: "Success", content: { "application/json": { schema: jsonSchema(route.response, "output") } } }
          : { description: "Success" },
        default: { description: "Error", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } },
      },
    };
    if (route.access) operation["x-access"] = route.access;
    if (route.body) {
      operation.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } };
    }
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: "3.1.0",
    info: { title: "Greychair API", version, description: "Every route of the Greychair server, generated from its validation schemas." },
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
