import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { DOCUMENT_FIELD, documentExtensions } from "../../shared/editor/extensions";
import { renderCaret, renderSelection } from "./carets";
import type { CollaborationSession } from "./collaborationSession";
import { EditorShortcuts } from "./editorShortcuts";
import { PersonalDataHighlight } from "./personalDataHighlight";
import { CommentHighlights } from "./commentHighlights";
import { mentionSuggestion } from "./mentionSuggestion";

export interface DocumentEditorOptions {
  session: CollaborationSession;
  user: { id: string; name: string; color: string };
  editable: boolean;
  /** The editor's accessible name ("Document text"), in the user's language. */
  label: string;
  onLink(): void;
  onToolbar(): void;
}

/**
 * The Tiptap editor of a document: the shared schema, bound to the session's Y.Doc (per-user undo
 * comes with it), remote carets with names, and personal-data highlights.
 */
export function useDocumentEditor({ session, user, editable, label, onLink, onToolbar }: DocumentEditorOptions): Editor | null {
  // Shortcut handlers change identity on every render; the editor is built once per session.
  const handlers = useRef({ onLink, onToolbar });
  handlers.current = { onLink, onToolbar };

  const editor = useEditor(
    {
      extensions: [
        ...documentExtensions({ mentionSuggestion: mentionSuggestion(session.documentId) }),
        Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({
          provider: { awareness: session.awareness },
          user,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        PersonalDataHighlight,
        CommentHighlights,
        EditorShortcuts.configure({ onLink: () => handlers.current.onLink(), onToolbar: () => handlers.current.onToolbar() }),
      ],
      editable,
      // Tiptap would add a <style> element, which the Content-Security-Policy refuses: editor.css has these rules.
      injectCSS: false,
      editorProps: {
        attributes: editorAttributes(label, editable),
        // Keep the cursor clear of the sticky status bar and toolbar when the text scrolls to it.
        scrollMargin: { top: STICKY_CLEARANCE, bottom: 40, left: 0, right: 0 },
        scrollThreshold: { top: STICKY_CLEARANCE, bottom: 40, left: 0, right: 0 },
      },
    },
    [session, user.name, user.color],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: editorAttributes(label, editable) } });
  }, [editor, editable, label]);

  return editor;
}

/** Roughly the height of the sticky status bar and toolbar, in pixels. */
const STICKY_CLEARANCE = 200;

/** The editable element's id, for the toolbar's aria-controls. */
export const DOCUMENT_TEXT_ID = "document-text";

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    id: DOCUMENT_TEXT_ID,
    role: "textbox",
    "aria-label": label,
    "aria-multiline": "true",
    "aria-readonly": editable ? "false" : "true",
    class: "document-text",
    spellcheck: "true",
  };
}
