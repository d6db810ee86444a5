import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";

export const clientDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/client");

/**
 * Serves the built client. Hashed files under /assets never change, so they are cached for a
 * year; index.html must always be revalidated so a deploy reaches everyone. Unknown non-API GETs
 * get index.html (the client routes them).
 */
export function clientAssets(): Router {
  const router = express.Router();
  const indexHtml = path.join(clientDistDir, "index.html");
  router.use(
    "/assets",
    express.static(path.join(clientDistDir, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }),
  );
  router.use(express.static(clientDistDir, { index: false, maxAge: 0, setHeaders: (res) => res.setHeader("Cache-Control", "no-cache") }));
  router.get(/^\/(?!api\/|api$|socket\.io\/).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    if (!existsSync(indexHtml)) {
      res.status(503).type("text/plain").send("The client is not built yet: run `npm run build`.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });
  return router;
}
