import { forwardRef, useEffect, useImperativeHandle, useState } from "react";
import type { PersonRef } from "../../../shared/meetingTypes";
import { useI18n } from "../../i18n/I18nProvider";

export interface MentionListHandle {
  /** Arrow keys choose, Enter or Tab inserts; true when the list used the key. */
  onKeyDown(event: KeyboardEvent): boolean;
}

export const MENTION_LIST_ID = "mention-suggestions";
export const mentionOptionId = (index: number) => `${MENTION_LIST_ID}-${index}`;

/**
 * The people offered after "@" in the document text. Focus stays in the text (the editor points at
 * the active option with aria-activedescendant, as a combobox does); the pointer works too.
 */
export const MentionList = forwardRef<MentionListHandle, { items: PersonRef[]; command(person: { id: string; label: string }): void; onActive(index: number | null): void }>(function MentionList({ items, command, onActive }, ref) {
  const { t } = useI18n();
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [items]);
  useEffect(() => onActive(items.length > 0 ? active : null), [active, items, onActive]);
  const choose = (index: number) => {
    const person = items[index];
    if (person) command({ id: person.id, label: person.name });
  };
  useImperativeHandle(ref, () => ({
    onKeyDown(event) {
      if (items.length === 0) return false;
      if (event.key === "ArrowDown") setActive((active + 1) % items.length);
      else if (event.key === "ArrowUp") setActive((active + items.length - 1) % items.length);
      else if (event.key === "Enter" || event.key === "Tab") choose(active);
      else return false;
      return true;
    },
  }));
  return (
    <div className="mention-popup">
      {items.length === 0 ? (
        <p className="mention-empty" role="status">
          {t("mentions.none")}
        </p>
      ) : (
        <ul id={MENTION_LIST_ID} role="listbox" aria-label={t("mentions.listLabel")} className="mention-options">
          {items.map((person, index) => (
            <li
              key={person.id}
              id={mentionOptionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? "mention-option is-active" : "mention-option"}
              // Keep the focus in the text: choosing with the pointer must not blur the editor.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              @{person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
