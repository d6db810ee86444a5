import { useEffect, useState } from "react";
import type { PresentedDocument } from "../../../shared/types";
import { getPublication } from "../../api/documents";

/** How often an editor's page asks whether the draft still equals the published version. */
const CHECK_EVERY_MS = 15_000;

/**
 * Whether the working draft differs from the published version (the server compares hashes), for
 * those who read drafts; asked when the text is in sync and then every little while, as people type.
 */
export function useChangedSincePublication(document: PresentedDocument, synced: boolean): boolean {
  const [changed, setChanged] = useState(false);
  const watch = synced && document.policies.readDraft && document.publication !== null;
  useEffect(() => {
    if (!watch) return;
    let current = true;
    const check = () => getPublication(document.id).then((answer) => current && setChanged(answer.changedSincePublication), () => undefined);
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [document.id, document.publication?.hash, watch]);
  return watch && changed;
}
