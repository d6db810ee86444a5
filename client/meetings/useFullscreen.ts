import { useCallback, useEffect, useState } from "react";

/** The Fullscreen API for the whole page: whether it is full screen now, and a toggle (needs a click or key press). */
export function useFullscreen() {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  const enter = useCallback(async () => {
    // Refused without a recent user gesture, or by the browser's policy: the page still works in a window.
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);
  const toggle = useCallback(async () => {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    else await enter();
  }, [enter]);
  return { active, enter, toggle, supported: document.fullscreenEnabled };
}
