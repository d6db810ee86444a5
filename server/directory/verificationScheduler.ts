import type { Logger } from "../logger";
import { directoryNow } from "./clock";
import { requestDueVerifications } from "./verificationCycle";

export interface VerificationSchedulerOptions {
  /** Off in tests that drive the cycle themselves. */
  enabled?: boolean;
  /** Between two runs (default: an hour). */
  intervalMs?: number;
  /** Before the first run after start (default: a minute, so a start is not slowed down). */
  firstRunMs?: number;
  /** Told after each run (tests await it instead of sleeping). */
  onRun?: (asked: number) => void;
}

/** Runs the verification cycle in this process every hour; its runs are idempotent across servers. */
export function startVerificationScheduler(logger: Logger, options: VerificationSchedulerOptions = {}): { stop(): void } {
  if (options.enabled === false) return { stop() {} };
  let running = false;
  let stopped = false;
  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const asked = await requestDueVerifications(directoryNow());
      if (asked > 0) logger.info({ asked }, "asked owners to confirm their contact points");
      options.onRun?.(asked);
    } catch (error) {
      logger.error({ err: error }, "the contact-point verification cycle failed; it runs again later");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), options.firstRunMs ?? 60_000);
  const every = setInterval(() => void run(), options.intervalMs ?? 3_600_000);
  first.unref();
  every.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
