import { audit } from "../audit/auditLog";
import { claimOnce } from "../db/claims";
import type { Logger } from "../logger";
import { MailJob, type MailJobRecord } from "../models/MailJob";
import type { MailTransport, OutgoingMail } from "./mailTransport";

/** What the renderer makes of a job: a message, or a reason not to send it any more. */
export type RenderResult = { mail: OutgoingMail } | { cancel: string };

export interface MailWorkerOptions {
  clock: () => Date;
  /** Attempts before a job is given up (each failure waits longer). */
  maxAttempts: number;
  /** Wait before attempt n+1 after n failures. */
  backoffMs: (failures: number) => number;
  /** How long one attempt owns a job; longer than any SMTP timeout, so a slow server is never sent to twice. */
  claimTtlMs: number;
  /** How often the queue is looked at besides being told (0: only when told, or by runOnce). */
  pollMs: number;
  batch: number;
}

/** 30 s, 1 min, 2 min … doubling, at most 6 hours apart; 10 attempts span about 8½ hours. */
export const DEFAULT_MAIL_WORKER_OPTIONS: Omit<MailWorkerOptions, "clock"> = {
  maxAttempts: 10,
  backoffMs: (failures) => Math.min(30_000 * 2 ** Math.max(0, failures - 1), 6 * 3_600_000),
  claimTtlMs: 5 * 60_000,
  pollMs: 15_000,
  batch: 20,
};

/** RFC 5321: 5yz replies are permanent (the same message would be refused again); 503 is a bad sequence, worth another try. */
const isPermanent = (error: unknown) => {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && code !== 503;
};

/** A short, secret-free description of a failure for the administration page. */
function describe(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; response?: string; message?: string };
  const text = e.response ?? e.message ?? String(error);
  return [e.responseCode, e.code, text].filter(Boolean).join(" ").replace(/\s+/g, " ").slice(0, 500);
}

/**
 * Sends what is queued. Jobs are claimed per attempt by inserting a claim with a unique key
 * (`mail:<job>:<round>:<attempt>`, server/db/claims.ts): FerretDB's conditional updates are not atomic, so
 * "update where queued" could let two processes send the same job. A claim expires, so a job whose
 * sender died (a crash mid-send) is sent again by whoever comes next: a rare duplicate, never a
 * loss, and the Message-ID stays the same so receivers can drop it.
 */
export class MailWorker {
  private chain: Promise<number> = Promise.resolve(0);
  private timer: NodeJS.Timeout | undefined;
  private kicked = false;
  private stopped = false;

  constructor(
    private readonly transport: MailTransport,
    private readonly render: (job: MailJobRecord) => Promise<RenderResult>,
    private readonly options: MailWorkerOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.options.pollMs > 0) {
      this.timer = setInterval(() => this.kick(), this.options.pollMs);
      this.timer.unref();
    }
    this.kick();
  }

  /** Looks at the queue soon (several calls in a row make one run). */
  kick(): void {
    if (this.kicked || this.stopped) return;
    this.kicked = true;
    setImmediate(() => {
      this.kicked = false;
      void this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, "mail queue run failed"));
    });
  }

  /** Sends every job that is due now; runs one at a time in this process. Resolves with how many were handled. */
  runOnce(): Promise<number> {
    const run = this.chain.then(() => (this.stopped ? 0 : this.drain()));
    this.chain = run.catch(() => 0);
    return run;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.chain;
    this.transport.close();
  }

  private async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const now = this.options.clock();
      const due = await MailJob.find({ status: { $in: ["queued", "sending"] }, nextAttemptAt: { $lte: now } })
        .sort({ nextAttemptAt: 1 })
        .limit(this.options.batch)
        .lean<MailJobRecord[]>();
      let progressed = 0;
      for (const job of due) {
        if (this.stopped) return handled;
        if (await this.attempt(job)) progressed++;
      }
      handled += progressed;
      if (due.length < this.options.batch || progressed === 0) return handled;
    }
  }

  /** One attempt at one job; false when another process holds it. */
  private async attempt(job: MailJobRecord): Promise<boolean> {
    const { clock, claimTtlMs } = this.options;
    if (!(await claimOnce(`mail:${job._id}:${job.round ?? 0}:${job.attempts}`, claimTtlMs))) return false;
    // Until the claim expires nobody else picks it up; after that (we died) someone will.
    const owned = await MailJob.updateOne(
      { _id: job._id, attempts: job.attempts, status: { $in: ["queued", "sending"] } },
      { $set: { status: "sending", nextAttemptAt: new Date(clock().getTime() + claimTtlMs) } },
    );
    if (owned.matchedCount === 0) return false;
    let result: RenderResult;
    try {
      result = await this.render(job);
    } catch (error) {
      await this.failed(job, error);
      return true;
    }
    if ("cancel" in result) {
      await MailJob.updateOne({ _id: job._id }, { $set: { status: "cancelled", lastError: result.cancel, secret: null } });
      return true;
    }
    try {
      await this.transport.send(result.mail);
    } catch (error) {
      await this.failed(job, error);
      return true;
    }
    await MailJob.updateOne({ _id: job._id }, { $set: { status: "sent", sentAt: clock(), attempts: job.attempts + 1, lastError: null, secret: null } });
    return true;
  }

  private async failed(job: MailJobRecord, error: unknown): Promise<void> {
    const attempts = job.attempts + 1;
    const lastError = describe(error);
    const giveUp = isPermanent(error) || attempts >= this.options.maxAttempts;
    const nextAttemptAt = new Date(this.options.clock().getTime() + this.options.backoffMs(attempts));
    await MailJob.updateOne(
      { _id: job._id },
      { $set: giveUp ? { status: "failed", attempts, lastError, secret: null } : { status: "queued", attempts, lastError, nextAttemptAt } },
    );
    this.logger.warn({ mailJob: String(job._id), template: job.template, attempts, giveUp }, `e-mail not sent: ${lastError}`);
    if (giveUp) {
      await audit({
        action: "mail.failed",
        result: "failure",
        target: { type: "mail_job", id: String(job._id), label: job.template },
        details: { template: job.template, to: job.to, attempts, error: lastError },
      });
    }
  }
}
