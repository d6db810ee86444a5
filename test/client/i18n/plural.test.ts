import { expect } from "chai";
import { en, type MessageKey, type Messages } from "../../../client/i18n/en";
import { fr } from "../../../client/i18n/fr";
import type { Translate } from "../../../client/i18n/I18nProvider";
import { nl } from "../../../client/i18n/nl";
import { plural } from "../../../client/i18n/plural";

const translator = (messages: Messages): Translate => (key: MessageKey, values) => messages[key].replace(/\{(\w+)\}/g, (m, name: string) => (values && name in values ? String(values[name]) : m));

describe("client i18n: plurals", () => {
  it("picks the singular for 1 in Dutch and English, and for 0 and 1 in French", () => {
    const cases: Array<[Messages, string, number, string]> = [
      [nl, "nl", 1, "Er staat nog 1 wijziging open."],
      [nl, "nl", 2, "Er staan nog 2 wijzigingen open."],
      [nl, "nl", 0, "Er staan nog 0 wijzigingen open."],
      [en, "en", 1, "1 amendment is still open."],
      [en, "en", 3, "3 amendments are still open."],
      [fr, "fr", 0, "0 modification est encore ouverte."],
      [fr, "fr", 1, "1 modification est encore ouverte."],
      [fr, "fr", 2, "2 modifications sont encore ouvertes."],
    ];
    for (const [messages, language, count, expected] of cases) {
      expect(plural(translator(messages), language, "minutesReview.openAmendments", count)).to.equal(expected);
    }
    expect(plural(translator(nl), "nl", "mail.failed", 1)).to.equal("1 bericht kon niet worden verstuurd.");
    expect(plural(translator(nl), "nl", "mail.failed", 4)).to.equal("4 berichten konden niet worden verstuurd.");
    expect(plural(translator(fr), "fr", "notifications.unread", 2)).to.equal("2 non lues");
  });

  it("has a sentence in every language for every notification type, naming its target", async () => {
    const { NOTIFICATION_TYPES } = await import("../../../shared/notificationTypes");
    for (const messages of [en, nl, fr]) {
      for (const type of NOTIFICATION_TYPES) {
        expect(messages[`notification.${type}` as MessageKey], type).to.include("{title}");
        expect(messages[`notificationType.${type}` as MessageKey], type).to.be.a("string").and.not.equal("");
      }
    }
  });
});
