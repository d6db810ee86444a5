import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { CommentAnchor, PresentedCommentThread } from "../../shared/comments";
import { decodePosition, makeAnchor, placeAnchor, type AnchorPlace } from "../../shared/commentAnchors";

/** Comment threads as highlights in the text: a range, or the whole nearest block when the range was lost. */
export const commentHighlightKey = new PluginKey<DecorationSet>("commentHighlights");

interface Binding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<Y.AbstractType<unknown>, unknown>;
}

const bindingOf = (editor: Editor): Binding | null => (ySyncPluginKey.getState(editor.state) as { binding?: Binding } | undefined)?.binding ?? null;

/** The anchor of the current selection, or null when nothing is selected. */
export function selectionAnchor(editor: Editor): CommentAnchor | null {
  const binding = bindingOf(editor);
  const { from, to, $from } = editor.state.selection;
  if (!binding || from === to) return null;
  const rel = (pos: number) => absolutePositionToRelativePosition(pos, binding.type, binding.mapping as never);
  return makeAnchor(binding.type, rel(from), rel(to), $from.index(0), editor.state.doc.textBetween(from, to, " "));
}

/** Where each thread's anchor is now, by thread id. */
export function placeThreads(editor: Editor, threads: PresentedCommentThread[]): Map<string, AnchorPlace> {
  const binding = bindingOf(editor);
  const places = new Map<string, AnchorPlace>();
  if (!binding) return places;
  const blocks: string[] = [];
  editor.state.doc.forEach((node) => blocks.push(node.textContent));
  for (const thread of threads) {
    if (!thread.anchor) continue;
    const abs = (encoded: string) => relativePositionToAbsolutePosition(binding.doc, binding.type, decodePosition(encoded), binding.mapping as never);
    const from = abs(thread.anchor.from);
    const to = abs(thread.anchor.to);
    places.set(thread.id, placeAnchor({ ydoc: binding.doc, anchor: thread.anchor, range: from !== null && to !== null ? { from, to } : null, blocks }));
  }
  return places;
}

/** Shows the open threads' places as highlights (the active one marked). */
export function showCommentHighlights(editor: Editor, places: Map<string, AnchorPlace>, activeId: string | null): void {
  const doc = editor.state.doc;
  const starts: number[] = [];
  let offset = 0;
  doc.forEach((node) => {
    starts.push(offset);
    offset += node.nodeSize;
  });
  const decorations: Decoration[] = [];
  for (const [threadId, place] of places) {
    const attrs = { class: threadId === activeId ? "comment-highlight is-active" : "comment-highlight", "data-thread": threadId };
    if (place.kind === "range" && place.to <= doc.content.size) decorations.push(Decoration.inline(place.from, place.to, attrs));
    if (place.kind === "block" && place.index < starts.length) decorations.push(Decoration.node(starts[place.index]!, starts[place.index]! + doc.child(place.index).nodeSize, attrs));
  }
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, DecorationSet.create(doc, decorations)).setMeta("addToHistory", false));
}

export const CommentHighlights = Extension.create({
  name: "commentHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, value) => (tr.getMeta(commentHighlightKey) as DecorationSet | undefined) ?? value.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => commentHighlightKey.getState(state) },
      }),
    ];
  },
});
