import { expect } from "chai";
import { Types } from "mongoose";
import { buildCalendar } from "../../../server/calendar/icalendar";
import { renderInvitationMail, renderPasswordResetMail } from "../../../server/mail/templates/accountMails";
import { mailLabels, plural } from "../../../server/mail/templates/mailLabels";
import { renderDigestMail, renderNotificationMail, type NotificationForMail } from "../../../server/mail/templates/notificationMail";
import type { MeetingRecord } from "../../../server/meetings/meetingStore";
import type { NotificationRecord } from "../../../server/models/Notification";
import type { ResolvedTarget } from "../../../server/notifications/notificationTargets";
import { LANGUAGES } from "../../../shared/languages";
import { NOTIFICATION_TYPES, type NotificationTargetKind, type NotificationType } from "../../../shared/notificationTypes";
import { expectValidIcs } from "../../support/icsAssertions";

const recipient = { id: new Types.ObjectId().toHexString(), role: "member" as const, active: true, name: "Ana <b>Ruiz</b>", email: "ana@example.test", language: "en" };
const meeting = { _id: new Types.ObjectId(), title: "Spring", startsAt: new Date("2026-03-14T08:30:00Z"), durationMinutes: 90, place: "Brussels", videoUrl: "", participantIds: [recipient.id], status: "scheduled" } as unknown as MeetingRecord;

function target(title: string, classification: "public" | "internal" | "restricted", readable = true): ResolvedTarget {
  return { readableBy: () => readable, title, classification, link: () => "/documents/x", meeting: null };
}

function item(type: NotificationType, kind: NotificationTargetKind, resolved: ResolvedTarget, details: Record<string, unknown> = {}): NotificationForMail {
  const notification = { _id: new Types.ObjectId(), type, target: { kind, id: "x" }, details: JSON.stringify(details), createdAt: new Date(), actorId: null } as unknown as NotificationRecord;
  return { notification, target: resolved, meeting: { ...target("Spring", "internal"), meeting }, actorName: "Bram <Peeters>" };
}

const DETAILS = { fields: ["startsAt", "place"], until: "2026-03-24T22:59:00Z", dueDate: "2026-04-01", numbers: ["BNL-2026-001"] };

describe("e-mail templates", () => {
  for (const language of LANGUAGES) {
    it(`writes every notification type in ${language}, with no placeholder left and both parts`, () => {
      for (const type of NOTIFICATION_TYPES) {
        const mail = renderNotificationMail(item(type, "document", target("Joint inspections", "public")), { ...recipient, language }, { baseUrl: "https://g.example", includeExcerpts: false });
        for (const part of [mail.subject, mail.text, mail.html]) expect(part, `${language} ${type}`).not.to.match(/\{\w+\}/);
        expect(mail.text).to.include("https://g.example/documents/x");
        expect(mail.text).to.include("https://g.example/account/notifications");
        expect(mail.html).to.include(`lang="${language}"`);
      }
    });
  }

  it("escapes everything in the HTML part and carries no remote content", () => {
    const mail = renderNotificationMail(item("mention", "document", target("<script>alert(1)</script>", "public")), recipient, { baseUrl: "https://g.example", includeExcerpts: false });
    expect(mail.html).not.to.include("<script>");
    expect(mail.html).to.include("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).to.include("Ana &lt;b&gt;Ruiz&lt;/b&gt;");
    expect(mail.html).to.include("Bram &lt;Peeters&gt;");
    expect(mail.html).not.to.match(/<img|<link|<style|src=|url\(/i);
    expect(mail.html).not.to.match(/ class=/);
  });

  it("names a target only when allowed: public always, internal with excerpts on, restricted or unreadable never", () => {
    const line = (resolved: ResolvedTarget, includeExcerpts: boolean) => renderNotificationMail(item("mention", "document", resolved), recipient, { baseUrl: "https://g.example", includeExcerpts }).text;
    expect(line(target("Public guide", "public"), false)).to.include("“Public guide”");
    expect(line(target("Internal draft", "internal"), false)).not.to.include("Internal draft");
    expect(line(target("Internal draft", "internal"), true)).to.include("“Internal draft”");
    expect(line(target("Case 17", "restricted"), true)).not.to.include("Case 17");
    const lost = line(target("Public guide", "public", false), true);
    expect(lost).not.to.include("Public guide");
    expect(lost).to.include("https://g.example/notifications");
  });

  it("counts with the plural rules of each language", () => {
    const forms = (language: string) => mailLabels(language).digest.subject;
    expect(plural(mailLabels("en"), forms("en"), 1)).to.equal("Greychair: 1 new notification");
    expect(plural(mailLabels("en"), forms("en"), 0)).to.equal("Greychair: 0 new notifications");
    expect(plural(mailLabels("fr"), forms("fr"), 0)).to.equal("Greychair : 0 nouvelle notification");
    expect(plural(mailLabels("fr"), forms("fr"), 2)).to.equal("Greychair : 2 nouvelles notifications");
    expect(plural(mailLabels("nl"), forms("nl"), 1)).to.equal("Greychair: 1 nieuwe melding");
    expect(plural(mailLabels("nl"), forms("nl"), 7)).to.equal("Greychair: 7 nieuwe meldingen");
  });

  it("groups a digest by type, at most ten lines a group, and says how many more", () => {
    const items = Array.from({ length: 12 }, () => item("comment_reply", "document", target("Guide", "public"), DETAILS));
    const mail = renderDigestMail([...items, item("mention", "document", target("Guide", "public"))], recipient, { baseUrl: "https://g.example", includeExcerpts: false });
    expect(mail.subject).to.equal("Greychair: 13 new notifications");
    expect(mail.text).to.include("12 replies\n");
    expect(mail.text).to.include("1 mention\n");
    expect(mail.text).to.include("- and 2 more");
    expect(mail.text.indexOf("1 mention")).to.be.lessThan(mail.text.indexOf("12 replies"));
  });

  it("writes invitation and reset e-mails in the chosen language with the link and its expiry", () => {
    const invitation = renderInvitationMail({ language: "fr", link: "https://g.example/invite/abc", role: "observer", inviterName: "Sara", expiresAt: new Date("2026-03-21T10:00:00Z") });
    expect(invitation.subject).to.equal("Vous êtes invité dans Greychair");
    expect(invitation.text).to.include("Votre rôle : observateur ou observatrice.");
    expect(invitation.text).to.include("21 mars 2026");
    expect(invitation.text).to.include("https://g.example/invite/abc");
    const reset = renderPasswordResetMail({ language: "nl", name: "Jan", link: "https://g.example/reset/abc", expiresAt: new Date("2026-03-21T10:00:00Z") });
    expect(reset.text).to.include("Beste Jan,");
    expect(reset.text).to.include("https://g.example/reset/abc");
  });

  it("writes iTIP requests and cancellations that calendars accept", () => {
    const event = { uid: "meeting-1@greychair", start: new Date("2026-03-14T08:30:00Z"), end: new Date("2026-03-14T10:00:00Z"), summary: "Meeting", sequence: 4, updatedAt: new Date(), organizer: { email: "g@example.test", name: 'Grey "chair"; secretariat' }, attendees: [{ email: "a@example.test", name: "Ana" }] };
    for (const method of ["REQUEST", "CANCEL"] as const) {
      const ics = buildCalendar("Greychair", [event], { method });
      expectValidIcs(ics);
      const unfolded = ics.replace(/\r\n /g, "");
      expect(unfolded).to.include(`METHOD:${method}\r\n`);
      expect(unfolded).to.include("SEQUENCE:4\r\n");
      expect(unfolded).to.include('ORGANIZER;CN="Grey chair; secretariat":mailto:g@example.test\r\n');
      expect(unfolded).not.to.include("X-WR-CALNAME");
      expect(unfolded).to.include(method === "CANCEL" ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
    }
  });
});
