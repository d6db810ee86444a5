import type { MentionOptions } from "@tiptap/extension-mention";
import { ReactRenderer } from "@tiptap/react";
import type { PersonRef } from "../../shared/meetingTypes";
import { listMentionable } from "../api/comments";
import { MENTION_LIST_ID, MentionList, mentionOptionId, type MentionListHandle } from "../components/documents/MentionList";

/** Case and accents do not matter: "@jose" finds José. */
const fold = (value: string) => value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Offered at most at once; typing more narrows the list. */
const MAX_OFFERED = 8;

/**
 * The suggestion list of `@` in a document's text: the people who may read the document (the
 * comments' GET /api/comments/mentionable, asked once per editor), matched on any part of the name.
 * The server tells those mentioned once the text is stored (server/collaboration/extensions/textMentions.ts).
 */
export function mentionSuggestion(documentId: string): MentionOptions["suggestion"] {
  let people: Promise<PersonRef[]> | null = null;
  const candidates = () => (people ??= listMentionable({ kind: "document", id: documentId }).catch(() => ((people = null), [])));
  return {
    char: "@",
    items: async ({ query }) => {
      const wanted = fold(query);
      return (await candidates()).filter((person) => fold(person.name).split(/\s+/).some((part) => part.startsWith(wanted)) || fold(person.name).startsWith(wanted)).slice(0, MAX_OFFERED);
    },
    render: () => {
      let renderer: ReactRenderer<MentionListHandle> | null = null;
      let text: HTMLElement | null = null;
      const place = (rect: DOMRect | null | undefined) => {
        if (!renderer || !rect) return;
        Object.assign(renderer.element.style, { position: "fixed", left: `${Math.round(rect.left)}px`, top: `${Math.round(rect.bottom + 4)}px`, zIndex: "30" });
      };
      // The text stays focused and says which option is active (the combobox pattern).
      const onActive = (index: number | null) => {
        if (!text) return;
        if (index === null) text.removeAttribute("aria-activedescendant");
        else text.setAttribute("aria-activedescendant", mentionOptionId(index));
      };
      return {
        onStart: (props) => {
          text = props.editor.view.dom;
          text.setAttribute("aria-controls", MENTION_LIST_ID);
          text.setAttribute("aria-expanded", "true");
          renderer = new ReactRenderer(MentionList, { editor: props.editor, props: { items: props.items, command: props.command, onActive } });
          document.body.appendChild(renderer.element);
          place(props.clientRect?.());
        },
        onUpdate: (props) => {
          renderer?.updateProps({ items: props.items, command: props.command, onActive });
          place(props.clientRect?.());
        },
        onKeyDown: ({ event }) => {
          if (event.key === "Escape") return false; // the suggestion plugin closes the list
          return renderer?.ref?.onKeyDown(event) ?? false;
        },
        onExit: () => {
          for (const name of ["aria-controls", "aria-expanded", "aria-activedescendant"]) text?.removeAttribute(name);
          renderer?.element.remove();
          renderer?.destroy();
          renderer = null;
        },
      };
    },
  };
}
