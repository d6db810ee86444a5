import Collaboration from "@tiptap/extension-collaboration";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo } from "react";
import * as Y from "yjs";
import { DOCUMENT_FIELD, documentExtensions } from "../../../shared/editor/extensions";
import { useI18n } from "../../i18n/I18nProvider";
import { Loading } from "../Loading";

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** An old version, read-only: the same schema, bound to its own Y.Doc and to no server. */
export function VersionViewer({ update }: { update: string }) {
  const { t } = useI18n();
  const doc = useMemo(() => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, fromBase64(update));
    return ydoc;
  }, [update]);
  useEffect(() => () => doc.destroy(), [doc]);

  const editor = useEditor(
    {
      extensions: [...documentExtensions(), Collaboration.configure({ document: doc, field: DOCUMENT_FIELD })],
      editable: false,
      injectCSS: false, // the Content-Security-Policy refuses <style> elements: editor.css has the rules
      editorProps: { attributes: { role: "textbox", "aria-label": t("history.versionText"), "aria-multiline": "true", "aria-readonly": "true", class: "document-text is-version" } },
    },
    [doc],
  );
  if (!editor) return <Loading />;
  return <EditorContent editor={editor} className="document-editor" />;
}
