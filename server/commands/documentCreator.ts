import { getSchema } from "@tiptap/core";
import type { z } from "zod";
import { prosemirrorJSONToYDoc } from "y-prosemirror";
import * as Y from "yjs";
import { DOCUMENT_FIELD, documentExtensions } from "../../shared/editor/extensions";
import type { createDocumentSchema } from "../../shared/schemas/documents";
import { documentStore } from "../collaboration/documentStore";
import { templateContent } from "../documents/templates";
import { Validation } from "../errors";
import { DocumentModel, type DocumentRecord } from "../models/Document";
import { User, type UserDocument } from "../models/User";

const schema = getSchema(documentExtensions());

/** Creates a document's metadata and its first body (blank or the good-practice template) as a snapshot. */
export default async function documentCreator(props: { creator: UserDocument; input: z.output<typeof createDocumentSchema> }): Promise<DocumentRecord> {
  const { input } = props;
  if (input.memberIds.length > 0 && (await User.countDocuments({ _id: { $in: input.memberIds } })) !== new Set(input.memberIds).size) {
    throw Validation([{ path: "body.memberIds", message: "unknown user" }]);
  }
  const record = await DocumentModel.create({
    title: input.title,
    language: input.language,
    template: input.template,
    countries: input.countries,
    tags: input.tags,
    classification: input.classification,
    memberIds: [...new Set([...input.memberIds, ...(input.classification === "restricted" ? [props.creator.id] : [])])],
    createdBy: props.creator._id,
  });
  const ydoc = prosemirrorJSONToYDoc(schema, templateContent(input.template, input.language), DOCUMENT_FIELD);
  await documentStore.compact(record.id, Y.encodeStateAsUpdate(ydoc), 0);
  return record;
}
