import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { PresentedDocument } from "../../../shared/types";
import { getPublication } from "../../api/documents";

/** How long after the last change (anyone's) an editor's page asks again. */
const QUIET_MS = 1_500;

/**
 * Whether the working draft differs from the published version (the server compares hashes), for
 * those who read drafts: asked once the text is in sync, and again shortly after each change.
 */
export function useChangedSincePublication(document: PresentedDocument, doc: Y.Doc, synced: boolean): boolean {
  const [changed, setChanged] = useState(false);
  const watch = synced && document.policies.readDraft && document.publication !== null;
  useEffect(() => {
    if (!watch) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => getPublication(document.id).then((answer) => current && setChanged(answer.changedSincePublication), () => undefined);
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), QUIET_MS);
    };
    void check();
    doc.on("update", onUpdate);
    return () => {
      current = false;
      clearTimeout(timer);
      doc.off("update", onUpdate);
    };
  }, [doc, document.id, document.publication?.hash, watch]);
  return watch && changed;
}
