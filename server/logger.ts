import { pino, type Logger } from "pino";

/** Fields that must never reach the logs, wherever they appear. */
const REDACT = [
  "req.headers.cookie",
  "req.headers.authorization",
  "req.headers['x-csrf-token']",
  "res.headers['set-cookie']",
  "*.password",
  "*.newPassword",
  "*.currentPassword",
  "*.token",
  "*.code",
  "*.secret",
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" }, base: { app: "greychair" } });
}

export type { Logger };
