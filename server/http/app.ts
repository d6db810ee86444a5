import compression from "compression";
import express, { type Express, type RequestHandler } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { apiNotFound, problemErrors } from "../middlewares/errors";
import { requestId } from "../middlewares/requestId";
import { configurePassport } from "../auth/passport";
import { createSessionMiddleware, enforceSessionLifetime } from "../auth/sessionMiddleware";
import type { MongooseSessionStore } from "../auth/sessionStore";
import { csrfProtection } from "../middlewares/csrf";
import { registerAccountRoutes } from "../routes/account";
import { registerAdministrationRoutes } from "../routes/administration";
import { registerArchiveRoutes } from "../routes/archive";
import { registerAttachmentRoutes } from "../routes/attachments";
import { registerAuthRoutes } from "../routes/auth";
import { registerCalendarRoutes } from "../routes/calendar";
import { registerDirectoryRoutes } from "../routes/directory";
import { registerDocumentRoutes } from "../routes/documents";
import { registerCommentRoutes } from "../routes/comments";
import { registerInvitationRoutes } from "../routes/invitations";
import { registerMeetingRoutes } from "../routes/meetings";
import { registerNotificationRoutes } from "../routes/notifications";
import { registerPasswordResetRoutes } from "../routes/passwordResets";
import { registerPromptRoutes } from "../routes/prompts";
import { registerQuarantineRoutes } from "../routes/quarantine";
import { registerSetupRoutes } from "../routes/setup";
import { registerSystemRoutes } from "../routes/system";
import { registerTrainingRoutes } from "../routes/trainings";
import { registerTrainingGroupRoutes } from "../routes/trainings/groups";
import { registerTrainingOutcomeRoutes } from "../routes/trainings/outcomes";
import { registerUserRoutes } from "../routes/users";
import { LIMITS } from "../../shared/validations";
import { ApiRouter } from "./apiRouter";
import { clientAssets } from "./clientAssets";
import { healthRoutes } from "./health";

export interface AppParts {
  app: Express;
  api: ApiRouter;
  /** Session and passport, for the Socket.IO handshake to share. */
  sessionMiddlewares: RequestHandler[];
}

export function createApp(config: Config, logger: Logger, sessionStore: MongooseSessionStore): AppParts {
  const app = express();
  app.locals.publicUrl = config.publicUrl;
  app.locals.attachmentMaxBytes = config.attachmentMaxBytes;
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.set("query parser", "simple"); // no nested objects from query strings: fewer injection shapes

  app.use(requestId);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => req.id,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split("?")[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    }),
  );
  app.use(helmet(helmetOptions(config)));
  app.use(compression());
  app.use(healthRoutes());

  const api = new ApiRouter();
  registerSystemRoutes(api);
  registerAuthRoutes(api);
  registerSetupRoutes(api);
  registerInvitationRoutes(api);
  registerPasswordResetRoutes(api);
  registerAccountRoutes(api);
  registerUserRoutes(api);
  registerAdministrationRoutes(api);
  registerQuarantineRoutes(api);
  registerDocumentRoutes(api);
  registerCommentRoutes(api);
  registerMeetingRoutes(api);
  registerPromptRoutes(api);
  registerArchiveRoutes(api);
  registerCalendarRoutes(api);
  registerNotificationRoutes(api);
  registerDirectoryRoutes(api);
  registerAttachmentRoutes(api);
  // Before the training routes: "/trainings/history" must not be taken for a training id.
  registerTrainingOutcomeRoutes(api);
  registerTrainingRoutes(api);
  registerTrainingGroupRoutes(api);

  const passport = configurePassport();
  const sessionMiddlewares = [createSessionMiddleware(config, sessionStore), enforceSessionLifetime, passport.session()];

  app.use("/api", express.json({ limit: LIMITS.jsonBodyBytes, strict: true }));
  app.use("/api", (_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  app.use("/api", ...sessionMiddlewares, csrfProtection(config));
  app.use("/api", api.router);
  app.locals.api = api; // for the test that checks every route is documented
  app.use("/api", apiNotFound);
  app.use(clientAssets());
  app.use(problemErrors(logger));
  return { app, api, sessionMiddlewares };
}

/** A strict Content-Security-Policy: everything from our own origin, no inline script. */
function helmetOptions(config: Config): Parameters<typeof helmet>[0] {
  const https = config.publicUrl?.startsWith("https://") ?? false;
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  };
}
