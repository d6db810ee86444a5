import { Link } from "react-router";
import type { ContactPointCard } from "../../../shared/directoryTypes";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/directory.css";
import { FreshnessBadge } from "./FreshnessBadge";

/** What a referenced contact point's card shows: who, in which organisation and country, and a flag when it is not fresh. */
export function ContactPointCardBody({ card }: { card: ContactPointCard }) {
  const { t } = useI18n();
  return (
    <>
      <Link to={`/directory/contact-points/${card.id}`}>{card.displayName}</Link>
      <span className="meta block">
        {card.kind === "person" ? `${card.function} · ` : ""}
        {card.organisation.name} · {t(`country.${card.country}`)}
      </span>
      {card.freshness !== "fresh" && <FreshnessBadge status={card.freshness} />}
    </>
  );
}

/** Referenced contact points (a pathway step, an agenda item, a decision) as small cards. */
export function ContactPointCards({ cards, label }: { cards: ContactPointCard[]; label?: string }) {
  const { t } = useI18n();
  if (cards.length === 0) return null;
  return (
    <ul className="directory-mini-cards" aria-label={label ?? t("picker.label")}>
      {cards.map((card) => (
        <li key={card.id} className="directory-mini-card" data-testid="contact-point-card">
          <ContactPointCardBody card={card} />
        </li>
      ))}
    </ul>
  );
}
