import type { Transporter } from "nodemailer";

/** A message ready to go: both parts written, headers set. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  messageId: string;
  /** Where to change which e-mails one gets (List-Unsubscribe, as a link to the preferences page). */
  preferencesUrl?: string;
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer, from SMTP_URL (smtp:// or smtps://, credentials in the URL) and MAIL_FROM. */
export function createSmtpTransport(config: { smtpUrl: string; from: string }): MailTransport {
  // nodemailer (some 5–9 MB of RSS) is loaded at the first mail, not when the server starts.
  let transporter: Promise<Transporter> | undefined;
  const open = () =>
    (transporter ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url: config.smtpUrl,
        // Bounded waits: a mail job's claim lasts longer than any of these, so a slow server is never sent to twice.
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 60_000,
        // Messages are built from our own strings only; nothing may pull in a file or a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
    ));
  return {
    async send(mail) {
      const smtp = await open();
      await smtp.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { "Content-Language": mail.language, "Auto-Submitted": "auto-generated" },
        ...(mail.preferencesUrl ? { list: { unsubscribe: { url: mail.preferencesUrl, comment: "Notification preferences" } } } : {}),
        ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: mail.calendar.method === "CANCEL" ? "cancel.ics" : "invite.ics", content: mail.calendar.content } } : {}),
      });
    },
    close: () => void transporter?.then((smtp) => smtp.close()).catch(() => {}),
  };
}

/** The address part of MAIL_FROM ("Greychair <g@example.org>" → "g@example.org"). */
export function fromAddress(from: string): string {
  return /<([^<>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The display name of MAIL_FROM, or null. */
export function fromName(from: string): string | null {
  const match = /^\s*"?([^"<]*?)"?\s*</.exec(from);
  return match?.[1]?.trim() || null;
}
