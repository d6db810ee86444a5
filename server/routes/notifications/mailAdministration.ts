import type { MailFailurePage, MailJobStatus, MailTemplate, PresentedMailJob } from "../../../shared/notificationTypes";
import { objectIdSchema } from "../../../shared/schemas/accounts";
import { mailFailuresQuerySchema } from "../../../shared/schemas/notifications";
import { z } from "zod";
import mailJobRetrier from "../../commands/mailJobRetrier";
import { HttpError } from "../../errors";
import type { ApiRouter } from "../../http/apiRouter";
import { requireSignedIn } from "../../middlewares/authenticate";
import { MailJob, type MailJobRecord } from "../../models/MailJob";
import { authorize } from "../../policies";
import { actingUser } from "../meetings/context";
import { notificationRuntime } from "./runtime";

const before = [requireSignedIn];

/** What the administration shows of a job: never its payload or sealed link. */
function presentMailJob(job: MailJobRecord): PresentedMailJob {
  return {
    id: String(job._id),
    template: job.template as MailTemplate,
    to: job.to,
    language: job.language,
    status: job.status as MailJobStatus,
    attempts: job.attempts,
    lastError: job.lastError ?? null,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

const mailOff = () => new HttpError(409, "mail_off", "E-mail is off: set SMTP_URL and MAIL_FROM to send it");

/** E-mail that could not be sent, for the secretariat (the status itself is part of GET /settings). */
export function registerMailAdministrationRoutes(api: ApiRouter): void {
  api.add(
    { method: "get", path: "/mail/failures", summary: "E-mails that could not be sent, newest first (each was audited as mail.failed)", tag: "administration", access: "secretariat", before, query: mailFailuresQuerySchema },
    async ({ query, req }): Promise<MailFailurePage> => {
      authorize(actingUser(req), "mail.failures.read");
      const filter: Record<string, unknown> = { status: "failed", ...(query.before ? { _id: { $lt: query.before } } : {}) };
      const jobs = await MailJob.find(filter, { payload: 0, secret: 0 }).sort({ _id: -1 }).limit(query.limit + 1).lean<MailJobRecord[]>();
      const page = jobs.slice(0, query.limit);
      return { failures: page.map(presentMailJob), nextBefore: jobs.length > query.limit ? String(page[page.length - 1]!._id) : null };
    },
  );

  api.add(
    { method: "post", path: "/mail/failures/:id/retry", summary: "Send a failed e-mail again (audited)", tag: "administration", access: "secretariat", before, params: z.object({ id: objectIdSchema }) },
    async ({ params, req }): Promise<PresentedMailJob> => {
      const actor = actingUser(req);
      authorize(actor, "mail.retry");
      const runtime = notificationRuntime(req);
      const mail = runtime.mail;
      if (!mail) throw mailOff();
      return presentMailJob(await mailJobRetrier({ actor, jobId: params.id, now: runtime.clock(), kick: () => mail.worker.kick() }));
    },
  );
}
