import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { Config } from "./config";
import { connectDatabase, disconnectDatabase } from "./db/connection";
import { connectedToFerretDB } from "./db/databaseKind";
import { createApp } from "./http/app";
import type { Logger } from "./logger";
import { createSocketServer, type GreychairIo } from "./realtime/socketServer";
import { MongooseSessionStore } from "./auth/sessionStore";
import { sweepExpiredClaims } from "./db/claims";
import { sweepSignInAttempts } from "./auth/signInThrottle";
import { createCollaborationHub, type CollaborationHub, type CollaborationOptions } from "./collaboration";
import { documentHandlers } from "./realtime/documentHandlers";
import { useAuditKey } from "./audit/auditKey";
import { useSecretsKey } from "./auth/secretsKey";
import { migrateSecondFactors } from "./auth/secondFactorMigration";
import { ReadCache } from "./auth/readCache";
import { ReadModel } from "./readModels/readModel";
import { audit, headMatchesKey } from "./audit/auditLog";
import { startAuditAnchor, type AuditAnchor } from "./audit/auditAnchor";
import { attachNotificationBroadcaster } from "./realtime/notificationBroadcaster";
import { attachCommentBroadcaster } from "./realtime/commentBroadcaster";
import { startNotifications, type NotificationOptions, type NotificationRuntime } from "./notifications/notificationRuntime";
import { migrateOrganisationDisciplines } from "./directory/organisationMigration";
import { ensureDocumentUpdateIndexes } from "./models/DocumentUpdate";
import { startVerificationScheduler, type VerificationSchedulerOptions } from "./directory/verificationScheduler";

export interface RunningServer {
  url: string;
  port: number;
  app: Express;
  io: GreychairIo;
  collaboration: CollaborationHub;
  /** Notifications, their scheduler and (with SMTP_URL) the mail queue. */
  notifications: NotificationRuntime;
  httpServer: http.Server;
  /** Stops accepting, closes sockets and the database connection. */
  close(): Promise<void>;
}

/** Connects to the database and serves HTTP and Socket.IO. The database process itself is not ours to stop. */
export async function startServer(
  config: Config,
  logger: Logger,
  databaseUri: string,
  options: { collaboration?: CollaborationOptions; notifications?: NotificationOptions; verification?: VerificationSchedulerOptions } = {},
): Promise<RunningServer> {
  await connectDatabase(databaseUri);
  ReadCache.clearAll(); // nothing read from another database (tests run several servers in one process)
  ReadModel.configure({ ttlMs: config.readModelTtlMs }); // empties them too
  const anchor = await startAuditTrail(config, logger);
  await migrateOrganisationDisciplines();
  await ensureDocumentUpdateIndexes(await connectedToFerretDB());
  await protectSecondFactors(config, logger);
  const sessionStore = new MongooseSessionStore([sweepExpiredClaims, () => sweepSignInAttempts()]);
  const { app, sessionMiddlewares } = createApp(config, logger, sessionStore);
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 10_000;
  const configuredOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
  let collaboration: CollaborationHub | undefined;
  const { io, stop: stopRealtime } = createSocketServer(httpServer, logger, {
    sessionMiddlewares,
    handlers: [(server, socket) => documentHandlers(collaboration!)(server, socket)],
    allowedOrigin: (req) => configuredOrigin ?? `${app.get("trust proxy") && req.headers["x-forwarded-proto"] === "https" ? "https" : "http"}://${req.headers.host}`,
  });

  collaboration = createCollaborationHub(io, logger, { storeTimeoutMs: config.storeTimeoutMs, ...options.collaboration });
  app.locals.collaboration = collaboration;
  let url = config.publicUrl ?? "";
  const notifications = startNotifications({ config, logger, baseUrl: () => config.publicUrl ?? url, options: options.notifications });
  app.locals.notifications = notifications;
  const detachNotifications = attachNotificationBroadcaster(io);
  const detachComments = attachCommentBroadcaster(io);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const verification = startVerificationScheduler(logger, options.verification);
  const { port } = httpServer.address() as AddressInfo;
  url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopRealtime();
      verification.stop();
      sessionStore.close();
      const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      io.close(); // disconnects every socket; also closes the HTTP server
      httpServer.closeIdleConnections();
      const force = setTimeout(() => httpServer.closeAllConnections(), 3_000);
      await httpClosed;
      clearTimeout(force);
      await collaboration!.closeAll();
      await anchor.stop(); // the last checkpoint: after the last entry this process writes
      detachNotifications();
      detachComments();
      await notifications.stop();
      await disconnectDatabase();
    })());

  return { url, port, app, io, collaboration, notifications, httpServer, close };
}

/** Seals TOTP secrets and keys recovery codes (server/auth/secretsKey.ts), converting older records. */
async function protectSecondFactors(config: Config, logger: Logger): Promise<void> {
  useSecretsKey(config.secretsKey);
  const { migrated, unreadable } = await migrateSecondFactors();
  if (migrated > 0) logger.info({ accounts: migrated }, "sealed TOTP secrets and keyed recovery codes stored before the secrets key");
  if (unreadable > 0) {
    logger.error({ accounts: unreadable }, "TOTP secrets that do not open with the secrets key: was SECRETS_KEY or DATA_DIR/secrets-key replaced? their authenticator codes are refused until the key is put back");
  }
}

/** Keys the audit chains and starts their checkpoints outside the database (server/audit/auditAnchor.ts). */
async function startAuditTrail(config: Config, logger: Logger): Promise<AuditAnchor> {
  useAuditKey(config.auditKey);
  if (!(await headMatchesKey())) {
    logger.error("the audit key does not match the audit log's newest entry: was AUDIT_KEY or DATA_DIR/audit-key replaced? `npm run audit:verify` will report the log as broken");
  }
  return startAuditAnchor({
    file: config.auditAnchorPath,
    appendKeyedMarker: (details) => audit({ action: "audit.chain_keyed", details }),
    onError: (error) => logger.error({ err: error }, "could not write an audit checkpoint"),
  });
}
