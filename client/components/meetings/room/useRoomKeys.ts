import { useEffect, useRef } from "react";
import { roomKeyAction, type RoomKeyAction } from "../../../meetings/roomKeys";

/**
 * The room screen's keys, on the whole window. Space and Enter on a focused button or link stay
 * theirs (they press it); nothing is taken from a text field.
 */
export function useRoomKeys(onAction: (action: RoomKeyAction) => void) {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      if ((event.key === " " || event.key === "Enter") && target?.closest("button, a")) return;
      const action = roomKeyAction(event);
      if (!action || event.repeat) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
