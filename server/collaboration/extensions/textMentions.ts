import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import { DOCUMENT_FIELD } from "../../../shared/editor/extensions";
import { MENTION_NODE } from "../../../shared/editor/mentions";
import { sortMentions } from "../../comments/commentGuards";
import { domainEvents } from "../../domainEvents";
import { DocumentModel } from "../../models/Document";
import type { ServedDocument } from "../servedDocument";
import type { CollaborationExtension } from "../types";

/** How long after an edit the text is looked at for new mentions (and when the last editor leaves). */
export const TEXT_MENTION_CHECK_MS = 3_000;

interface MentionState {
  /** Yjs client id → the user whose updates carried it: who wrote a mention node. */
  writers: Map<number, string>;
  /** Who was mentioned at the last check (Document.textMentionIds); read from the database once per load. */
  known: Set<string> | undefined;
  timer: NodeJS.Timeout | undefined;
  /** One check at a time per document. */
  running: Promise<void>;
}

const isId = (id: unknown): id is string => typeof id === "string" && /^[0-9a-f]{24}$/.test(id);

/** A Yjs update that creates a mention node carries its node name as a string: most keystrokes do not. */
const MENTION_NAME = Buffer.from(MENTION_NODE, "utf8");
const mayCreateMention = (update: Uint8Array) => Buffer.from(update.buffer, update.byteOffset, update.byteLength).includes(MENTION_NAME);

/** The mention nodes in the body: whom each names and which Yjs client created it. */
function mentionNodes(ydoc: Y.Doc): Array<{ id: string; client: number | null }> {
  const found: Array<{ id: string; client: number | null }> = [];
  const walker = ydoc.getXmlFragment(DOCUMENT_FIELD).createTreeWalker((node) => node instanceof Y.XmlElement && node.nodeName === MENTION_NODE);
  for (const node of walker) {
    const id = (node as Y.XmlElement).getAttribute("id");
    if (isId(id)) found.push({ id, client: node._item?.id.client ?? null });
  }
  return found;
}

/**
 * `@name` mentions in a document's text (issue 13): after a pause in editing and when the last
 * editor leaves — not per keystroke — the people mentioned now are compared with those mentioned
 * at the last check (Document.textMentionIds), and only the newly mentioned are told, through the
 * same rule as comment mentions (sortMentions): those who may read the document get a `mention`
 * notification; the author hears who cannot, and mentioning grants nothing.
 */
export function textMentionsExtension(options: { checkAfterMs?: number } = {}): CollaborationExtension {
  const checkAfterMs = options.checkAfterMs ?? TEXT_MENTION_CHECK_MS;
  const stateOf = (doc: ServedDocument) => doc.extensionState.get("textMentions") as MentionState;

  const check = async (doc: ServedDocument) => {
    if (doc.broken) return;
    const state = stateOf(doc);
    const nodes = mentionNodes(doc.ydoc);
    const now = [...new Set(nodes.map((n) => n.id))];
    // The walk is in memory; the database is read once per load and written only when the set changed
    // (with 200 documents open, a read per document every few seconds was most of FerretDB's finds).
    if (!state.known) {
      const record = await DocumentModel.findById(doc.id, { textMentionIds: 1 }).lean();
      if (!record) return;
      state.known = new Set(record.textMentionIds ?? []);
    }
    const before = state.known;
    const added = now.filter((id) => !before.has(id));
    const sameSet = added.length === 0 && now.length === before.size;
    if (!sameSet) {
      await DocumentModel.updateOne({ _id: doc.id }, { $set: { textMentionIds: now } });
      state.known = new Set(now);
    }
    if (added.length === 0) return;
    // Grouped by who wrote the mention (unknown after a restart or for a restored version: no author).
    const byAuthor = new Map<string | null, string[]>();
    for (const id of added) {
      const client = nodes.find((n) => n.id === id)?.client;
      const author = client == null ? null : (state.writers.get(client) ?? null);
      byAuthor.set(author, [...(byAuthor.get(author) ?? []), id]);
    }
    const target = { kind: "document" as const, id: doc.id, documentId: doc.id };
    for (const [authorId, ids] of byAuthor) {
      const mentions = await sortMentions(target, ids);
      if (mentions.reachable.length > 0) domainEvents.emit("mention.added", { userIds: mentions.reachable, target, byUserId: authorId, eventKey: `mention:text:${doc.id}:${randomUUID()}` });
      if (authorId && mentions.unreachable.length > 0) domainEvents.emit("mention.unreachable", { documentId: doc.id, authorId, people: mentions.unreachable });
    }
  };

  const run = (doc: ServedDocument): Promise<void> => {
    const state = stateOf(doc);
    clearTimeout(state.timer);
    state.timer = undefined;
    state.running = state.running.then(() => check(doc)).catch(() => undefined);
    return state.running;
  };

  return {
    async onLoadDocument(doc) {
      doc.extensionState.set("textMentions", { writers: new Map(), known: undefined, timer: undefined, running: Promise.resolve() } satisfies MentionState);
    },
    async onChange(doc, entries) {
      const state = stateOf(doc);
      for (const entry of entries) {
        if (!entry.userId || !mayCreateMention(entry.update)) continue;
        for (const client of Y.parseUpdateMeta(entry.update).to.keys()) state.writers.set(client, entry.userId);
      }
      if (state.timer) return;
      state.timer = setTimeout(() => void run(doc), checkAfterMs);
      state.timer.unref();
    },
    async onStoreDocument(doc) {
      await run(doc);
    },
  };
}
