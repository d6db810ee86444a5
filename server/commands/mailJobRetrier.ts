import { audit } from "../audit/auditLog";
import { Conflict, NotFound } from "../errors";
import { auditActor, type ActingUser } from "../meetings/actingUser";
import { MailJob, type MailJobRecord } from "../models/MailJob";
import { authorize } from "../policies";

/**
 * The secretariat sends a failed e-mail again (`mail.retry`), e.g. after fixing the SMTP settings:
 * the job goes back in the queue with its attempts counted afresh. Audited.
 */
export default async function mailJobRetrier(props: { actor: ActingUser; jobId: string; now: Date; kick: () => void }): Promise<MailJobRecord> {
  authorize(props.actor, "mail.retry");
  const job = await MailJob.findById(props.jobId).lean<MailJobRecord>();
  if (!job) throw NotFound("This e-mail was not found");
  if (job.status !== "failed") throw Conflict("Only an e-mail that failed can be sent again", "not_failed");
  // A new round: the attempts count afresh, with claims of their own (the old ones stay taken).
  await MailJob.updateOne({ _id: job._id, status: "failed" }, { $set: { status: "queued", attempts: 0, round: (job.round ?? 0) + 1, nextAttemptAt: props.now, lastError: null } });
  await audit({ action: "mail.retried", ...auditActor(props.actor), target: { type: "mail_job", id: String(job._id), label: job.template }, details: { to: job.to } });
  props.kick();
  return (await MailJob.findById(job._id).lean<MailJobRecord>())!;
}
