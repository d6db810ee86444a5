/** Invitations and password reset links e-mailed by the secretariat (the one-time display stays the fallback). */
import { BRUSSELS } from "../../../shared/brusselsTime";
import type { Role } from "../../../shared/domain";
import { fill, mailLabels } from "./mailLabels";
import { renderHtml, renderText, type MailContent } from "./mailLayout";

export interface AccountMail {
  subject: string;
  text: string;
  html: string;
}

const until = (locale: string, instant: Date) =>
  new Intl.DateTimeFormat(locale, { timeZone: BRUSSELS, dateStyle: "long", timeStyle: "short" }).format(instant);

function render(content: MailContent): AccountMail {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}

export function renderInvitationMail(props: { language: string; link: string; role: Role; inviterName: string; expiresAt: Date }): AccountMail {
  const labels = mailLabels(props.language);
  const words = labels.invitation;
  return render({
    language: props.language,
    subject: words.subject,
    heading: words.heading,
    blocks: [
      { text: fill(words.intro, { inviter: props.inviterName, role: words.roles[props.role] }) },
      { text: `${fill(words.validUntil, { date: `${until(labels.locale, props.expiresAt)} (${labels.brusselsTime})` })} ${words.notExpected}` },
    ],
    button: { label: words.button, url: props.link, intro: labels.linkIntro },
    footer: [labels.footer.invitation],
  });
}

export function renderPasswordResetMail(props: { language: string; name: string; link: string; expiresAt: Date }): AccountMail {
  const labels = mailLabels(props.language);
  const words = labels.passwordReset;
  return render({
    language: props.language,
    subject: words.subject,
    heading: words.heading,
    greeting: fill(labels.greeting, { name: props.name }),
    blocks: [
      { text: words.intro },
      { text: `${fill(words.validUntil, { date: `${until(labels.locale, props.expiresAt)} (${labels.brusselsTime})` })} ${words.notExpected}` },
    ],
    button: { label: words.button, url: props.link, intro: labels.linkIntro },
    footer: [labels.footer.passwordReset],
  });
}
