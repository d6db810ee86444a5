import { useEffect, useState } from "react";
import { choosePrompt } from "../../shared/emptyChair";
import type { AgendaEntry } from "../../shared/meetingTypes";
import { listPrompts } from "../api/meetings";
import { useResource } from "../api/useResource";

/**
 * The empty chair's prompt for the item (matched by tags, otherwise taking turns, re-chosen every
 * 30 s so the turns move on); `loading` while the library is on its way.
 */
export function useEmptyChairPrompt(item: AgendaEntry | null) {
  const { resource } = useResource(listPrompts);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const chosen = resource.status === "ready" ? choosePrompt(resource.data, item, now) : null;
  return { chosen, loading: resource.status === "loading" };
}
