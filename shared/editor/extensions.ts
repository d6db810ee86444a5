import type { Extensions } from "@tiptap/core";
import { TaskItem, TaskList } from "@tiptap/extension-list";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import type { MentionOptions } from "@tiptap/extension-mention";
import { mentionExtension } from "./mentions";

/** The Yjs XML fragment that holds a document's body (Tiptap's Collaboration default). */
export const DOCUMENT_FIELD = "default";

/**
 * The Tiptap schema both sides agree on: the editor renders with it, the server exports with it.
 * Undo/redo is left out: the collaboration extension brings per-user undo on top of Yjs. The editor
 * passes the mention suggestion list; the server's schema has the node without it.
 */
export function documentExtensions(options: { mentionSuggestion?: MentionOptions["suggestion"] } = {}): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      link: { openOnClick: false, autolink: true, HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null } },
      heading: { levels: [1, 2, 3] },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    mentionExtension(options.mentionSuggestion),
  ];
}
