import mongoose from "mongoose";
import { DocumentVersion } from "../models/DocumentVersion";

/** Stores a version (the whole state, so it can be viewed or restored on its own). */
export default async function documentVersionRecorder(props: {
  documentId: string;
  kind: "auto" | "named" | "restore";
  name?: string | null;
  state: Uint8Array;
  authorIds: string[];
}) {
  return DocumentVersion.create({
    documentId: new mongoose.Types.ObjectId(props.documentId),
    kind: props.kind,
    name: props.name ?? null,
    state: Buffer.from(props.state),
    authorIds: [...new Set(props.authorIds)],
    createdAt: new Date(),
  });
}
