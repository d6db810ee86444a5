import { useEffect, useState, useSyncExternalStore } from "react";
import { acquireSession, releaseSession, type CollaborationSession, type CollaborationState } from "./collaborationSession";

/** Opens the document's collaboration session for as long as the page shows it (null for the first frame). */
export function useCollaborationSession(documentId: string): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  useEffect(() => {
    const current = acquireSession(documentId);
    setSession(current);
    return () => releaseSession(current);
  }, [documentId]);
  return session?.documentId === documentId ? session : null;
}

export function useCollaborationState(session: CollaborationSession): CollaborationState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
