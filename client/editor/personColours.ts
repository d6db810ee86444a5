/** Colours of people in the editor: derived from the user id in shared/personColours.ts, so server and browser agree. */
export { personColour, slotOfColour } from "../../shared/personColours";

const FALLBACK = "#4a5560";

/** Only plain hex colours reach the DOM: awareness states come from other people's browsers (through the server). */
export function safeColour(colour: unknown): string {
  return typeof colour === "string" && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : FALLBACK;
}
