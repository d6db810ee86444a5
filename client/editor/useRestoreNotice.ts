import { useEffect, useState } from "react";
import type { DocRestoredNotice } from "../../shared/events";
import { getSocket } from "../api/socket";

/**
 * The last restore of this document announced over the socket (doc.restored): the editor's text was
 * just replaced by an old version, and the person looking at it should know by whom and why.
 */
export function useRestoreNotice(documentId: string): [DocRestoredNotice | null, () => void] {
  const [notice, setNotice] = useState<DocRestoredNotice | null>(null);
  useEffect(() => {
    setNotice(null);
    const socket = getSocket();
    const onRestored = (next: DocRestoredNotice) => {
      if (next.documentId === documentId) setNotice(next);
    };
    socket.on("doc.restored", onRestored);
    return () => void socket.off("doc.restored", onRestored);
  }, [documentId]);
  return [notice, () => setNotice(null)];
}
