import type { OrganisationChannels } from "../../../shared/directoryTypes";
import { useI18n } from "../../i18n/I18nProvider";

/** An organisation's general channels: switchboard, secure mailbox, hours, whether it is reachable day and night. */
export function OrganisationChannelsList({ channels }: { channels: OrganisationChannels }) {
  const { t } = useI18n();
  const none = t("contactPoint.none");
  return (
    <dl className="directory-channels">
      <div className="directory-channel">
        <dt>{t("organisation.switchboard")}</dt>
        <dd>{channels.switchboard ? <a href={`tel:${channels.switchboard.replace(/\s/g, "")}`}>{channels.switchboard}</a> : none}</dd>
      </div>
      <div className="directory-channel">
        <dt>{t("organisation.secureMailbox")}</dt>
        <dd>{channels.secureMailbox ? <a href={`mailto:${channels.secureMailbox}`}>{channels.secureMailbox}</a> : none}</dd>
      </div>
      <div className="directory-channel">
        <dt>{t("organisation.hours")}</dt>
        <dd>{channels.hours || none}</dd>
      </div>
      <div className="directory-channel">
        <dt>{t("organisation.available24x7")}</dt>
        <dd>{channels.available24x7 ? t("organisation.yes") : t("organisation.no")}</dd>
      </div>
    </dl>
  );
}
