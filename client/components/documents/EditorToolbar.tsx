import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { ariaShortcut, shortcutText, TOOLBAR_GROUPS, type ToolbarItem } from "./toolbarItems";

interface ItemState {
  active: boolean;
  enabled: boolean;
}

function readState(editor: Editor): { inTable: boolean; items: Record<string, ItemState> } {
  const items: Record<string, ItemState> = {};
  for (const group of TOOLBAR_GROUPS) {
    for (const item of group.items) {
      const enabled = editor.isEditable && (item.opensLinkForm || item.run(editor.can().chain()).run());
      items[item.id] = { active: item.isActive?.(editor) ?? false, enabled };
    }
  }
  return { inTable: editor.isActive("table"), items };
}

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys move between buttons,
 * Escape returns to the text; Alt+F10 in the text comes here. Toggles report aria-pressed.
 */
export function EditorToolbar({ editor, editorId, onLink, toolbarRef }: { editor: Editor; editorId: string; onLink(): void; toolbarRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  const state = useEditorState({ editor, selector: ({ editor: current }) => readState(current) });
  const [focusId, setFocusId] = useState("heading1");
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const groups = TOOLBAR_GROUPS.map((group) => ({ ...group, items: group.items.filter((item) => !item.inTable || state.inTable) }));
  const visible = groups.flatMap((group) => group.items);
  const current = visible.some((item) => item.id === focusId) ? focusId : visible[0]!.id;

  const press = (item: ToolbarItem) => {
    if (!state.items[item.id]?.enabled) return;
    if (item.opensLinkForm) return onLink();
    item.run(editor.chain().focus()).run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = visible.findIndex((item) => item.id === current);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: visible.length - 1 };
    if (event.key === "Escape") {
      event.preventDefault();
      editor.commands.focus();
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = visible[(target + visible.length) % visible.length]!;
    setFocusId(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t("toolbar.label")} aria-controls={editorId} ref={toolbarRef} onKeyDown={onKeyDown}>
      {groups.map((group) => (
        <div className="editor-toolbar-group" role="group" aria-label={t(group.label)} key={group.label}>
          {group.items.map((item) => {
            const itemState = state.items[item.id]!;
            const name = t(item.label);
            return (
              <button
                key={item.id}
                type="button"
                ref={(element) => {
                  if (element) buttons.current.set(item.id, element);
                  else buttons.current.delete(item.id);
                }}
                className={`toolbar-button${item.glyph ? ` toolbar-glyph toolbar-${item.id}` : ""}`}
                tabIndex={item.id === current ? 0 : -1}
                aria-label={item.glyph ? name : undefined}
                aria-pressed={item.isActive ? itemState.active : undefined}
                aria-disabled={itemState.enabled ? undefined : true}
                aria-keyshortcuts={item.shortcut ? ariaShortcut(item.shortcut) : undefined}
                title={item.shortcut ? `${name} (${shortcutText(item.shortcut)})` : name}
                onFocus={() => setFocusId(item.id)}
                onMouseDown={(event) => event.preventDefault() /* keep the selection in the text */}
                onClick={() => press(item)}
              >
                {item.icon ? <item.icon aria-hidden="true" focusable="false" className="icon" /> : item.glyph ? <span aria-hidden="true">{item.glyph}</span> : name}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
