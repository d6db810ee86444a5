import type { Language } from "../../shared/languages";
import type { PresentedMailStatus } from "../../shared/notificationTypes";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { mailSecretKey } from "../mail/linkSecrets";
import { MailQueue } from "../mail/mailQueue";
import { createMailRenderer } from "../mail/mailRenderer";
import { createSmtpTransport, fromAddress } from "../mail/mailTransport";
import { DEFAULT_MAIL_WORKER_OPTIONS, MailWorker, type MailWorkerOptions } from "../mail/mailWorker";
import { MailJob } from "../models/MailJob";
import { Notification } from "../models/Notification";
import { User } from "../models/User";
import { runDigest } from "./digest";
import { Notifier } from "./notifier";
import { runActionReminders } from "./reminders";
import { runTrainingReminders } from "./trainingReminders";
import { subscribeNotifications } from "./subscriptions";

export interface NotificationOptions {
  /** The clock of the scheduler, the digest and the mail queue (tests move it). */
  clock?: () => Date;
  /** How often reminders, the digest and the catch-up run (0: only through tick()). Default 5 minutes. */
  schedulerIntervalMs?: number;
  mailWorker?: Partial<Omit<MailWorkerOptions, "clock">>;
}

export interface NotificationRuntime {
  notifier: Notifier;
  clock: () => Date;
  mail: { queue: MailQueue; worker: MailWorker; from: string } | null;
  /** Runs the scheduled work once now: reminders, the digest, queueing e-mail a crash left behind. */
  tick(): Promise<void>;
  /** Resolves when every reaction to domain events started so far has finished. */
  idle(): Promise<void>;
  mailStatus(): Promise<PresentedMailStatus>;
  stop(): Promise<void>;
}

const DEFAULT_SCHEDULER_MS = 5 * 60_000;
/** An immediate e-mail whose job is not queued this long after its notification was stored (a crash in between) is queued now. */
const CATCH_UP_AFTER_MS = 60_000;

/**
 * Notifications and e-mail for one server: listens to the domain events, runs the scheduler
 * (in-process, every few minutes; everything it does is idempotent, so several processes or a
 * restart are harmless) and, when SMTP_URL is set, the mail queue's worker.
 */
export function startNotifications(deps: { config: Config; logger: Logger; baseUrl: () => string; options?: NotificationOptions }): NotificationRuntime {
  const { config, logger, options = {} } = deps;
  const clock = options.clock ?? (() => new Date());
  let worker: MailWorker | null = null;
  let queue: MailQueue | null = null;
  if (config.mail) {
    const secretKey = mailSecretKey(config.sessionSecret);
    const domain = fromAddress(config.mail.from).split("@")[1] ?? "greychair.invalid";
    queue = new MailQueue({ secretKey, domain, clock, kick: () => worker?.kick() });
    worker = new MailWorker(
      createSmtpTransport(config.mail),
      createMailRenderer({ baseUrl: deps.baseUrl, from: config.mail.from, secretKey, clock }),
      { ...DEFAULT_MAIL_WORKER_OPTIONS, ...options.mailWorker, clock },
      logger,
    );
    worker.start();
  }
  const notifier = new Notifier({ mail: queue, logger });

  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const settled = work.catch((error: unknown) => logger.error({ err: error }, "a notification could not be made"));
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  };
  const unsubscribe = subscribeNotifications(notifier, track);

  let ticking: Promise<void> = Promise.resolve();
  const runTick = async () => {
    const now = clock();
    await runActionReminders(notifier, now);
    await runTrainingReminders(notifier, now);
    if (queue) {
      await runDigest(queue, now);
      const stranded = await Notification.find({ email: "immediately", mailQueuedAt: null, createdAt: { $lt: new Date(now.getTime() - CATCH_UP_AFTER_MS) } }, { recipientId: 1 }).limit(500).lean();
      const users = new Map((await User.find({ _id: { $in: stranded.map((n) => n.recipientId) } }, { email: 1, language: 1 }).lean()).map((u) => [String(u._id), u]));
      for (const n of stranded) {
        const user = users.get(n.recipientId);
        if (user) await notifier.queueMail(n, user.email, (user.language ?? "en") as Language);
      }
    }
  };
  const tick = () => {
    const next = ticking.then(runTick);
    ticking = next.catch((error: unknown) => logger.error({ err: error }, "scheduled notification work failed"));
    return next;
  };
  const interval = options.schedulerIntervalMs ?? DEFAULT_SCHEDULER_MS;
  const timer = interval > 0 ? setInterval(() => void tick().catch(() => {}), interval) : undefined;
  timer?.unref();

  return {
    notifier,
    clock,
    mail: queue && worker ? { queue, worker, from: config.mail!.from } : null,
    tick,
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async mailStatus() {
      if (!config.mail) return { enabled: false, from: null, queued: 0, failed: 0, lastFailureAt: null };
      const [queued, failed, last] = await Promise.all([
        MailJob.countDocuments({ status: { $in: ["queued", "sending"] } }),
        MailJob.countDocuments({ status: "failed" }),
        MailJob.findOne({ status: "failed" }, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean(),
      ]);
      return { enabled: true, from: config.mail.from, queued, failed, lastFailureAt: (last as { updatedAt?: Date } | null)?.updatedAt?.toISOString() ?? null };
    },
    async stop() {
      clearInterval(timer);
      unsubscribe();
      await ticking;
      while (pending.size > 0) await Promise.all([...pending]);
      await worker?.stop();
    },
  };
}
