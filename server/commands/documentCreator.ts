import { getSchema, type JSONContent } from "@tiptap/core";
import type { z } from "zod";
import { prosemirrorJSONToYDoc } from "y-prosemirror";
import * as Y from "yjs";
import { DOCUMENT_FIELD, documentExtensions } from "../../shared/editor/extensions";
import type { createDocumentSchema } from "../../shared/schemas/documents";
import { documentStore } from "../collaboration/documentStore";
import { findPersonalData } from "../../shared/personalData";
import { documentJson, documentPlainText } from "../documents/documentText";
import { storePublication } from "../documents/publication";
import { domainEvents } from "../domainEvents";
import { templateContent } from "../documents/templates";
import { Validation } from "../errors";
import { DocumentModel, type DocumentRecord } from "../models/Document";
import { User } from "../models/User";

const schema = getSchema(documentExtensions());

/**
 * Creates a document's metadata and its first body as a snapshot: the given content (minutes, demo
 * documents), otherwise blank or the good-practice template.
 */
export default async function documentCreator(props: { creator: { id: string; name: string }; input: z.output<typeof createDocumentSchema>; content?: JSONContent }): Promise<DocumentRecord> {
  const { input } = props;
  if (input.memberIds.length > 0 && (await User.countDocuments({ _id: { $in: input.memberIds } })) !== new Set(input.memberIds).size) {
    throw Validation([{ path: "body.memberIds", message: "unknown user" }]);
  }
  const ydoc = prosemirrorJSONToYDoc(schema, props.content ?? templateContent(input.template, input.language), DOCUMENT_FIELD);
  const record = await DocumentModel.create({
    title: input.title,
    language: input.language,
    template: input.template,
    countries: input.countries,
    tags: input.tags,
    classification: input.classification,
    memberIds: [...new Set([...input.memberIds, ...(input.classification === "restricted" ? [props.creator.id] : [])])],
    createdBy: props.creator.id,
    // Given content is real text from the start: searchable before anyone edits it.
    searchText: props.content ? documentPlainText(ydoc) : "",
  });
  const state = Y.encodeStateAsUpdate(ydoc);
  await documentStore.compact(record.id, state, 0);
  // Created public: its first version is the published one, if it passes the guard (otherwise
  // observers see nothing until someone publishes it through the guard).
  if (record.classification === "public") {
    const text = documentPlainText(ydoc);
    if (findPersonalData(text).length === 0) await storePublication(record, { state, content: JSON.stringify(documentJson(ydoc)), text }, props.creator);
  }
  const named = record.memberIds.map(String).filter((id) => id !== props.creator.id);
  if (named.length > 0) domainEvents.emit("document.membersAdded", { documentId: record.id, userIds: named, byUserId: props.creator.id });
  return record;
}
