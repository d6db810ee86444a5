import { z } from "zod";
import type { ApiRouter } from "../../http/apiRouter";
import { buildOpenApiDocument } from "../../http/openapi";
import { APP_VERSION } from "../../../shared/version";

export function registerSystemRoutes(api: ApiRouter): void {
  api.add(
    {
      method: "get",
      path: "/openapi.json",
      summary: "This OpenAPI 3.1 document",
      tag: "system",
      access: "public",
      response: z.object({ openapi: z.string() }).loose(),
    },
    () => buildOpenApiDocument(api.routes, APP_VERSION),
  );
}
