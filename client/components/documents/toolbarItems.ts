import type { ChainedCommands, Editor } from "@tiptap/react";
import { Heading1, Heading2, Heading3, ListOrdered, type LucideIcon } from "lucide-react";
import type { MessageKey } from "../../i18n/en";

export interface ToolbarItem {
  id: string;
  label: MessageKey;
  /** A short visual symbol (the accessible name is the label); without one, the label is shown. */
  glyph?: string;
  /**
   * Drawn instead of the glyph where the glyph would be letters or digits ("H1", "1.") that the
   * name in Dutch or French does not contain (WCAG 2.5.3, label in name).
   */
  icon?: LucideIcon;
  /** Tiptap key notation ("Mod-b"), shown in the tooltip and as aria-keyshortcuts. */
  shortcut?: string;
  /** A toggle (aria-pressed) reports whether it applies at the cursor. */
  isActive?: (editor: Editor) => boolean;
  run: (chain: ChainedCommands) => ChainedCommands;
  /** Shown only with the cursor in a table. */
  inTable?: boolean;
  /** Opens the link form instead of running a command. */
  opensLinkForm?: boolean;
}

export const TOOLBAR_GROUPS: { label: MessageKey; items: ToolbarItem[] }[] = [
  {
    label: "toolbar.groupHeadings",
    items: ([1, 2, 3] as const).map((level) => ({
      id: `heading${level}`,
      label: `toolbar.heading${level}` as const,
      glyph: `H${level}`,
      icon: [Heading1, Heading2, Heading3][level - 1],
      shortcut: `Mod-Alt-${level}`,
      isActive: (editor: Editor) => editor.isActive("heading", { level }),
      run: (chain: ChainedCommands) => chain.toggleHeading({ level }),
    })),
  },
  {
    label: "toolbar.groupText",
    items: [
      { id: "bold", label: "toolbar.bold", glyph: "B", shortcut: "Mod-b", isActive: (e) => e.isActive("bold"), run: (c) => c.toggleBold() },
      { id: "italic", label: "toolbar.italic", glyph: "I", shortcut: "Mod-i", isActive: (e) => e.isActive("italic"), run: (c) => c.toggleItalic() },
      { id: "underline", label: "toolbar.underline", glyph: "U", shortcut: "Mod-u", isActive: (e) => e.isActive("underline"), run: (c) => c.toggleUnderline() },
      { id: "link", label: "toolbar.link", shortcut: "Mod-k", opensLinkForm: true, isActive: (e) => e.isActive("link"), run: (c) => c },
    ],
  },
  {
    label: "toolbar.groupBlocks",
    items: [
      { id: "bulletList", label: "toolbar.bulletList", glyph: "•", shortcut: "Mod-Shift-8", isActive: (e) => e.isActive("bulletList"), run: (c) => c.toggleBulletList() },
      { id: "orderedList", label: "toolbar.orderedList", glyph: "1.", icon: ListOrdered, shortcut: "Mod-Shift-7", isActive: (e) => e.isActive("orderedList"), run: (c) => c.toggleOrderedList() },
      { id: "taskList", label: "toolbar.taskList", glyph: "☑", shortcut: "Mod-Shift-9", isActive: (e) => e.isActive("taskList"), run: (c) => c.toggleTaskList() },
      { id: "blockquote", label: "toolbar.blockquote", glyph: "❝", shortcut: "Mod-Shift-b", isActive: (e) => e.isActive("blockquote"), run: (c) => c.toggleBlockquote() },
      { id: "horizontalRule", label: "toolbar.horizontalRule", glyph: "―", run: (c) => c.setHorizontalRule() },
    ],
  },
  {
    label: "toolbar.groupTable",
    items: [
      { id: "insertTable", label: "toolbar.insertTable", run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }) },
      { id: "addRow", label: "toolbar.addRow", inTable: true, run: (c) => c.addRowAfter() },
      { id: "addColumn", label: "toolbar.addColumn", inTable: true, run: (c) => c.addColumnAfter() },
      { id: "deleteRow", label: "toolbar.deleteRow", inTable: true, run: (c) => c.deleteRow() },
      { id: "deleteColumn", label: "toolbar.deleteColumn", inTable: true, run: (c) => c.deleteColumn() },
      { id: "deleteTable", label: "toolbar.deleteTable", inTable: true, run: (c) => c.deleteTable() },
    ],
  },
  {
    label: "toolbar.groupHistory",
    items: [
      { id: "undo", label: "toolbar.undo", glyph: "↶", shortcut: "Mod-z", run: (c) => c.undo() },
      { id: "redo", label: "toolbar.redo", glyph: "↷", shortcut: "Mod-Shift-z", run: (c) => c.redo() },
    ],
  },
];

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Alt-1" → "Ctrl+Alt+1" (or "⌘+⌥+1" on a Mac), for the tooltip. */
export function shortcutText(shortcut: string): string {
  return shortcut
    .split("-")
    .map((part) => {
      if (part === "Mod") return IS_MAC ? "⌘" : "Ctrl";
      if (part === "Alt") return IS_MAC ? "⌥" : "Alt";
      if (part === "Shift") return IS_MAC ? "⇧" : "Shift";
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join("+");
}

/** "Mod-Alt-1" → "Control+Alt+1" (or "Meta+Alt+1"), the aria-keyshortcuts notation. */
export function ariaShortcut(shortcut: string): string {
  return shortcut
    .split("-")
    .map((part) => (part === "Mod" ? (IS_MAC ? "Meta" : "Control") : part.length === 1 ? part.toUpperCase() : part))
    .join("+");
}
