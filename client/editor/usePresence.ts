import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { safeColour } from "./personColours";

export interface Person {
  clientId: number;
  name: string;
  colour: string;
  self: boolean;
}

/**
 * Who is in the document, from the awareness states: one entry per person (someone with two tabs
 * open appears once), this browser's person first.
 */
export function usePresence(awareness: Awareness): Person[] {
  const snapshot = useRef<Person[]>([]);
  const signature = useRef("");

  const read = useCallback(() => {
    const people = new Map<string, Person>();
    for (const [clientId, state] of awareness.getStates()) {
      const user = (state as { user?: { id?: unknown; name?: unknown; color?: unknown } }).user;
      if (!user || typeof user.name !== "string" || user.name.trim() === "") continue;
      const colour = safeColour(user.color);
      // The server sets each state's user from the sender's session (id, name, colour).
      const key = typeof user.id === "string" ? user.id : `${user.name}\u0000${colour}`;
      const self = clientId === awareness.clientID;
      if (!people.has(key) || self) people.set(key, { clientId, name: user.name, colour, self });
    }
    const list = [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    const next = list.map((person) => `${person.name}|${person.colour}|${person.self}`).join("\n");
    if (next !== signature.current) {
      signature.current = next;
      snapshot.current = list;
    }
    return snapshot.current;
  }, [awareness]);

  const subscribe = useCallback(
    (listener: () => void) => {
      awareness.on("change", listener);
      return () => awareness.off("change", listener);
    },
    [awareness],
  );

  return useSyncExternalStore(subscribe, read);
}
