import { useId, useState } from "react";
import { useController } from "react-hook-form";
import { DIRECTORY_LIMITS } from "../../../shared/directory";
import type { ContactPointCard, PresentedContactPointSummary } from "../../../shared/directoryTypes";
import { contactPointCards, searchContactPoints } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import "../../styles/directory.css";
import { ContactPointCardBody, ContactPointCards } from "./ContactPointCards";
import { countMessage } from "./directoryWords";

const toCard = (entry: PresentedContactPointSummary): ContactPointCard => ({
  id: entry.id,
  kind: entry.kind,
  displayName: entry.displayName,
  function: entry.function,
  organisation: { id: entry.organisation.id, name: entry.organisation.name },
  country: entry.country,
  freshness: entry.freshness.status,
});

/**
 * Chooses contact points by name, function or organisation (never by id) for a form field holding
 * their ids (agenda items, decisions, pathway steps): the chosen ones are shown as cards, each with a way to remove it.
 */
export function ContactPointPicker({ name, legend, max = DIRECTORY_LIMITS.referencesMax }: { name: string; legend?: string; max?: number }) {
  const { t } = useI18n();
  const id = useId();
  const { field } = useController({ name, defaultValue: [] });
  const ids = (field.value as string[] | undefined) ?? [];
  const [known, setKnown] = useState<Map<string, ContactPointCard>>(new Map());
  const loaded = useResource(() => (ids.length ? contactPointCards(ids) : Promise.resolve({ cards: [], missing: [] })), ids.filter((i) => !known.has(i)).join(","));
  const cardOf = (cardId: string) => known.get(cardId) ?? (loaded.resource.status === "ready" ? loaded.resource.data.cards.find((c) => c.id === cardId) : undefined);
  const chosen = ids.map(cardOf).filter((card): card is ContactPointCard => card !== undefined);
  const missing = loaded.resource.status === "ready" ? loaded.resource.data.missing.filter((m) => ids.includes(m)).length : 0;

  const [words, setWords] = useState("");
  const [found, setFound] = useState<PresentedContactPointSummary[] | null>(null);
  const find = () => void searchContactPoints({ q: words.trim() }, 0, 10).then((page) => setFound(page.items), () => setFound([]));
  const add = (entry: PresentedContactPointSummary) => {
    setKnown((previous) => new Map(previous).set(entry.id, toCard(entry)));
    field.onChange([...ids, entry.id]);
  };
  const full = ids.length >= max;

  return (
    <fieldset className="contact-point-picker">
      <legend>{legend ?? t("picker.label")}</legend>
      {chosen.length > 0 && (
        <ul className="directory-mini-cards">
          {chosen.map((card) => (
            <li key={card.id} className="directory-mini-card">
              <ContactPointCardBody card={card} />
              <button type="button" className="button-secondary button-small block" onClick={() => field.onChange(ids.filter((i) => i !== card.id))}>
                {t("picker.remove", { name: card.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {missing > 0 && <p className="meta">{countMessage(t, "picker.missing", missing)}</p>}
      {!full && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-search`}>{t("picker.search")}</label>
          <div className="button-group">
            <input
              id={`${id}-search`}
              className="input input-width-20"
              type="search"
              value={words}
              maxLength={DIRECTORY_LIMITS.searchTextMax}
              onChange={(event) => setWords(event.target.value)}
              onKeyDown={(event) => {
                // Enter looks for contact points; it must not send the form around the picker.
                if (event.key === "Enter") {
                  event.preventDefault();
                  find();
                }
              }}
            />
            <button type="button" className="button-secondary" onClick={find}>
              {t("directory.search")}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {found !== null &&
          (found.length === 0 ? (
            <p>{t("picker.noMatch")}</p>
          ) : (
            <ul className="contact-point-picker-results">
              {found
                .filter((entry) => !ids.includes(entry.id))
                .map((entry) => (
                  <li key={entry.id}>
                    <button type="button" className="button-secondary button-small" disabled={full} onClick={() => add(entry)}>
                      {t("picker.add", { name: `${entry.displayName} (${entry.organisation.name})` })}
                    </button>
                  </li>
                ))}
            </ul>
          ))}
      </div>
    </fieldset>
  );
}

/** Cards of the contact points something refers to (an agenda item, a decision); nothing when there are none. */
export function ReferencedContactPoints({ ids }: { ids: string[] | undefined }) {
  const { t } = useI18n();
  const wanted = ids ?? [];
  const { resource } = useResource(() => (wanted.length ? contactPointCards(wanted) : Promise.resolve({ cards: [], missing: [] })), wanted.join(","));
  if (wanted.length === 0 || resource.status !== "ready") return null;
  return (
    <>
      <ContactPointCards cards={resource.data.cards} label={t("picker.label")} />
      {resource.data.missing.length > 0 && <p className="meta">{countMessage(t, "picker.missing", resource.data.missing.length)}</p>}
    </>
  );
}
