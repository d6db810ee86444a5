import type { Awareness } from "y-protocols/awareness";
import { usePresence } from "../../editor/usePresence";
import { useI18n } from "../../i18n/I18nProvider";
import { PersonSwatch } from "./PersonSwatch";

/** Who is here: everyone with the document open now, each in the colour of their caret. */
export function PresenceList({ awareness }: { awareness: Awareness }) {
  const { t } = useI18n();
  const people = usePresence(awareness);
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="presence-title">
        {t("collab.whoIsHere")}
      </h2>
      <ul className="presence-list" data-testid="presence">
        {people.map((person) => (
          <li key={person.clientId} className="presence-person">
            <PersonSwatch colour={person.colour} name={person.name} />
            <span>{person.self ? t("collab.you", { name: person.name }) : person.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
