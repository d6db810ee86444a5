import type { JSONContent } from "@tiptap/core";
import type { PresentedCommentThread } from "../../../shared/comments";
import { commentFindings } from "../../comments/commentGuards";
import { formatDateTime, labelsFor, type ExportLanguage } from "./labels";

interface AppendixLabels {
  title: string;
  /** "On “{quote}”". */
  on: string;
  general: string;
  resolved: string;
  deleted: string;
  /** In place of a comment whose text looks like it holds personal data. */
  leftOut: string;
  none: string;
}

const LABELS: Record<ExportLanguage, AppendixLabels> = {
  nl: {
    title: "Bijlage: opmerkingen",
    on: "Bij “{quote}”",
    general: "Opmerking bij het document",
    resolved: "Afgehandeld door {name}, {date}",
    deleted: "Deze opmerking werd verwijderd.",
    leftOut: "Niet opgenomen: deze opmerking lijkt persoonsgegevens te bevatten. Lees ze in Greychair.",
    none: "Er zijn geen opmerkingen.",
  },
  fr: {
    title: "Annexe : commentaires",
    on: "Sur « {quote} »",
    general: "Commentaire sur le document",
    resolved: "Résolu par {name}, {date}",
    deleted: "Ce commentaire a été supprimé.",
    leftOut: "Non repris : ce commentaire semble contenir des données personnelles. Lisez-le dans Greychair.",
    none: "Il n’y a aucun commentaire.",
  },
  en: {
    title: "Appendix: comments",
    on: "On “{quote}”",
    general: "Comment on the document",
    resolved: "Resolved by {name}, {date}",
    deleted: "This comment was deleted.",
    leftOut: "Left out: this comment looks like it contains personal data. Read it in Greychair.",
    none: "There are no comments.",
  },
};

const text = (value: string, marks: JSONContent["marks"] = []): JSONContent => ({ type: "text", text: value, ...(marks.length ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });

/**
 * The comment threads as an appendix after the body, as ordinary blocks, so every exporter renders
 * it with the document's own styles and classification marking. The threads are those the
 * exporter may read (presented for them); readers of the published version only do not get the quoted
 * draft text. The personal-data guard holds here as in the app: a
 * comment whose text looks like it holds personal data is not copied into a file (it stays in the
 * app, where it was confirmed by its author); deleted comments keep their place without words.
 */
export function commentAppendix(threads: PresentedCommentThread[], language: ExportLanguage, options: { quotes: boolean }): JSONContent[] {
  const labels = LABELS[language] ?? LABELS.en;
  const dates = labelsFor(language);
  const blocks: JSONContent[] = [{ type: "heading", attrs: { level: 1 }, content: [text(labels.title)] }];
  if (threads.length === 0) return [...blocks, paragraph(text(labels.none, [{ type: "italic" }]))];
  for (const thread of threads) {
    // The quote is draft text: only for those who read the draft.
    const quote = options.quotes ? thread.anchor?.quote.trim() : undefined;
    blocks.push({ type: "heading", attrs: { level: 2 }, content: [text(quote ? labels.on.replace("{quote}", quote.length > 120 ? `${quote.slice(0, 117)}…` : quote) : labels.general)] });
    for (const comment of thread.comments) {
      const byline = `${comment.author?.name ?? "—"}, ${formatDateTime(new Date(comment.createdAt), dates)}`;
      const body = comment.deleted || comment.text === null ? labels.deleted : commentFindings(comment.text, comment.mentions).length > 0 ? labels.leftOut : comment.text;
      const italic = body !== comment.text;
      blocks.push({ type: "blockquote", content: [paragraph(text(byline, [{ type: "bold" }])), ...body.split(/\n+/).filter(Boolean).map((line) => paragraph(text(line, italic ? [{ type: "italic" }] : [])))] });
    }
    if (thread.resolved) blocks.push(paragraph(text(labels.resolved.replace("{name}", thread.resolved.by?.name ?? "—").replace("{date}", formatDateTime(new Date(thread.resolved.at), dates)), [{ type: "italic" }])));
  }
  return blocks;
}
