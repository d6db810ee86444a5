import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/** A document's plain text and where each run of it sits in the ProseMirror document. */
export interface TextMap {
  text: string;
  /** Runs of text, in order: `at` in the text, `pos` in the document, `length` characters. */
  runs: { at: number; pos: number; length: number }[];
}

/**
 * The text the personal-data detector reads: blocks separated by a line break, so that a number at
 * the end of one paragraph never joins the next, as on the server.
 */
export function documentText(doc: ProseMirrorNode): TextMap {
  let text = "";
  const runs: TextMap["runs"] = [];
  doc.descendants((node, pos) => {
    if (node.isText) {
      runs.push({ at: text.length, pos, length: node.text!.length });
      text += node.text;
    } else if ((node.isBlock || node.type.name === "hardBreak") && text.length > 0 && !text.endsWith("\n")) {
      text += "\n";
    }
    return true;
  });
  return { text, runs };
}

/** The document position of a text offset; offsets on a separator move to the nearest side given. */
export function positionAt(map: TextMap, offset: number, side: "start" | "end"): number | null {
  const { runs } = map;
  let low = 0;
  let high = runs.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (runs[middle]!.at <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const run = runs[found];
  if (run && offset - run.at < run.length + (side === "end" ? 1 : 0)) return run.pos + (offset - run.at);
  if (side === "start") return runs[found + 1]?.pos ?? null;
  return run ? run.pos + run.length : null;
}
