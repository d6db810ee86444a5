import { Extension } from "@tiptap/core";

export interface EditorShortcutOptions {
  /** Ctrl/Cmd+K: add or change a link. */
  onLink: () => void;
  /** Alt+F10: move focus to the toolbar (the convention of word processors and screen-reader users). */
  onToolbar: () => void;
}

/** Shortcuts that open parts of the page around the editor. */
export const EditorShortcuts = Extension.create<EditorShortcutOptions>({
  name: "editorShortcuts",

  addOptions() {
    return { onLink: () => undefined, onToolbar: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      "Mod-k": () => {
        if (!this.editor.isEditable) return false;
        this.options.onLink();
        return true;
      },
      "Alt-F10": () => {
        this.options.onToolbar();
        return true;
      },
    };
  },
});
