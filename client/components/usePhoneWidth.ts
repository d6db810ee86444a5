import { useSyncExternalStore } from "react";

/** The width below which the layout is a phone's (the compact menu, the compact empty chair); styles use the same 40rem. */
export const PHONE_QUERY = "(max-width: 40rem)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Whether the window is phone-width now (follows rotation and resizing). */
export function usePhoneWidth(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches);
}
