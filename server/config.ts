import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ATTACHMENT_LIMITS } from "../shared/attachments";

/** Thrown for bad configuration; its message names the variable and how to fix it. */
export class ConfigError extends Error {}

const portSchema = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: portSchema.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, "must start with mongodb:// or mongodb+srv://")
    .optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUDIT_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  AUDIT_ANCHOR_PATH: z.string().min(1).optional(),
  SECRETS_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|loopback|true|false)$/, "must be a hop count, 'loopback', 'true' or 'false'")
    .default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s/]+(:\d+)?\/?(\?\S*)?$/, "must look like smtp://user:password@host:587 or smtps://host:465").optional(),
  MAIL_FROM: z
    .string()
    .max(320)
    .regex(/^([^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, "must be an address, e.g. greychair@example.org or Greychair <greychair@example.org>")
    .optional(),
  STORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  READ_MODEL_TTL_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(ATTACHMENT_LIMITS.defaultMaxBytes),
});

export interface Config {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  mongodbUri: string | undefined;
  sessionSecret: string;
  /** HMAC key of the audit log's and the archive's hash chains; never stored in the database. */
  auditKey: string;
  /** Seals TOTP secrets and keys recovery-code hashes (server/auth/secretsKey.ts); never stored in the database. */
  secretsKey: string;
  /** Append-only file of signed audit checkpoints (count + head), outside the database. */
  auditAnchorPath: string;
  /** Value for Express's "trust proxy" setting. */
  trustProxy: number | boolean | string;
  logLevel: string;
  /** Outgoing e-mail; null when SMTP_URL is not set (mail is off: notifications stay in the app). */
  mail: { smtpUrl: string; from: string } | null;
  /** Longest wait for one collaboration storage operation; beyond it the update counts as not stored (store_failed). */
  storeTimeoutMs: number;
  /**
   * How long the in-process read models (meeting, document and archive lists) serve what they
   * loaded before they reload it, for writes this process does not hear of; 0 turns them off (every
   * list reads the database). Default: on (2 s) with the embedded database, which one process owns;
   * off with MONGODB_URI, where several processes may write (see the README).
   */
  readModelTtlMs: number;
  /** Largest attachment accepted (bytes; default 25 MB). */
  attachmentMaxBytes: number;
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment. Empty strings count as unset. */
export function loadConfig(env: Env = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`${name} ${describe(issue, present[name])}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    dataDir,
    mongodbUri: e.MONGODB_URI,
    sessionSecret: e.SESSION_SECRET ?? loadOrCreateSecret(dataDir, "session-secret"),
    auditKey: e.AUDIT_KEY ?? loadOrCreateSecret(dataDir, AUDIT_KEY_FILE),
    secretsKey: e.SECRETS_KEY ?? loadOrCreateSecret(dataDir, "secrets-key"),
    auditAnchorPath: auditAnchorPath(e.AUDIT_ANCHOR_PATH, dataDir),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: requireMailFrom(e.MAIL_FROM) } : null,
    storeTimeoutMs: e.STORE_TIMEOUT_MS,
    readModelTtlMs: e.READ_MODEL_TTL_MS ?? (e.MONGODB_URI ? 0 : 2_000),
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
  };
}

const SECRET_VARIABLES = new Set(["SESSION_SECRET", "AUDIT_KEY", "SECRETS_KEY"]);

function describe(issue: z.core.$ZodIssue, value: string | undefined): string {
  const shown = value === undefined ? "" : ` (got "${value.length > 40 ? value.slice(0, 40) + "…" : value}")`;
  if (SECRET_VARIABLES.has(String(issue.path[0]))) return `${issue.message}`; // never echo a secret
  if (issue.path[0] === "SMTP_URL") return `is invalid: ${issue.message}`; // it carries the SMTP password
  return `is invalid: ${issue.message}${shown}`;
}

function requireMailFrom(from: string | undefined): string {
  if (!from) throw new ConfigError("MAIL_FROM is required when SMTP_URL is set (the sender address, e.g. Greychair <greychair@example.org>)");
  return from;
}

function parseTrustProxy(value: string): number | boolean | string {
  if (value === "true") return true;
  if (value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

const AUDIT_KEY_FILE = "audit-key";

/** Where the audit checkpoints go: AUDIT_ANCHOR_PATH, else DATA_DIR (also when MONGODB_URI is set). */
function auditAnchorPath(configured: string | undefined, dataDir: string): string {
  return configured ? path.resolve(configured) : path.join(dataDir, "audit-checkpoints.jsonl");
}

/**
 * The audit key for `npm run audit:verify`, which must never create one: AUDIT_KEY, or the key
 * file in DATA_DIR. Undefined when there is neither.
 */
export function existingAuditKey(env: Env = process.env): { key: string; anchorPath: string } | undefined {
  const dataDir = path.resolve(env.DATA_DIR || "./data");
  const anchorPath = auditAnchorPath(env.AUDIT_ANCHOR_PATH || undefined, dataDir);
  if (env.AUDIT_KEY) return env.AUDIT_KEY.length >= 32 ? { key: env.AUDIT_KEY, anchorPath } : undefined;
  const file = path.join(dataDir, AUDIT_KEY_FILE);
  const key = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  return key.length >= 32 ? { key, anchorPath } : undefined;
}

/** A secret generated on first start, kept beside the data (mode 0600) so it survives restarts. */
function loadOrCreateSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  try {
    mkdirSync(dataDir, { recursive: true });
    if (existsSync(file)) {
      const secret = readFileSync(file, "utf8").trim();
      if (secret.length >= 32) return secret;
    }
    const secret = randomBytes(48).toString("base64url");
    writeFileSync(file, secret + "\n", { mode: 0o600 });
    return secret;
  } catch (error) {
    throw new ConfigError(`DATA_DIR is not writable (${dataDir}): ${(error as Error).message}`);
  }
}
