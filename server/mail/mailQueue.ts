import mongoose from "mongoose";
import type { Language } from "../../shared/languages";
import type { MailTemplate } from "../../shared/notificationTypes";
import { MailJob } from "../models/MailJob";
import { sealSecret } from "./linkSecrets";

export interface NewMailJob {
  key: string;
  template: MailTemplate;
  to: string;
  userId?: string | null;
  language: Language;
  /** References and small facts only; never document, comment or decision text. */
  payload: Record<string, unknown>;
  /** A link token, kept sealed until the job is done. */
  secret?: string;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Puts e-mail in the database queue. Each job has a key: queueing the same thing twice (a retried
 * event, two processes) adds one job. The worker is told at once.
 */
export class MailQueue {
  constructor(private readonly options: { secretKey: Buffer; domain: string; clock: () => Date; kick: () => void }) {}

  /** The job's id, and whether this call created it (false: it was queued before). */
  async enqueue(job: NewMailJob): Promise<{ id: string; created: boolean }> {
    const _id = new mongoose.Types.ObjectId();
    try {
      await MailJob.create({
        _id,
        key: job.key,
        template: job.template,
        to: job.to,
        userId: job.userId ?? null,
        language: job.language,
        payload: JSON.stringify(job.payload),
        secret: job.secret ? sealSecret(this.options.secretKey, job.secret, job.key) : null,
        nextAttemptAt: this.options.clock(),
        messageId: `<mail-${_id.toHexString()}@${this.options.domain}>`,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await MailJob.findOne({ key: job.key }, { _id: 1 }).lean();
      return { id: String(existing?._id ?? ""), created: false };
    }
    this.options.kick();
    return { id: _id.toHexString(), created: true };
  }
}
