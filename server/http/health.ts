import type { Router } from "express";
import express from "express";
import { databaseAnswers } from "../db/connection";
import { APP_VERSION } from "../../shared/version";
import type { ReadinessStatus } from "../../shared/types";

/** /healthz: the process is alive. /readyz: it can serve, i.e. the database answers. */
export function healthRoutes(): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const up = await databaseAnswers();
    const body: ReadinessStatus = { status: up ? "ok" : "unavailable", database: up ? "ok" : "unreachable", version: APP_VERSION };
    res.setHeader("Cache-Control", "no-store");
    res.status(up ? 200 : 503).json(body);
  });
  return router;
}
