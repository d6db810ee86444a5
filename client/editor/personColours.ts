/** Number of --color-person-N tokens in tokens.css. */
export const PERSON_COLOUR_COUNT = 8;
const FALLBACK = "#4a5560";

/** A stable palette slot (1…8) per user id, so a person keeps their colour in every document and session. */
export function personColourSlot(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % PERSON_COLOUR_COUNT) + 1;
}

/** Colours are design tokens; awareness carries the resolved hex so every client draws the same. */
export function personColour(userId: string): string {
  return tokenColour(personColourSlot(userId)) ?? FALLBACK;
}

let palette: (string | undefined)[] | null = null;

/** Read once: tokens do not change while the page is open. */
function tokenColour(slot: number): string | undefined {
  if (!palette) {
    const style = getComputedStyle(document.documentElement);
    palette = Array.from({ length: PERSON_COLOUR_COUNT }, (_, index) => {
      const value = style.getPropertyValue(`--color-person-${index + 1}`).trim().toLowerCase();
      return /^#[0-9a-f]{6}$/.test(value) ? value : undefined;
    });
    if (palette.every((value) => value === undefined)) palette = null; // styles not loaded yet: try again later
  }
  return palette?.[slot - 1];
}

/** The palette slot of a colour another client sent, if it is one of ours (for the selection class). */
export function slotOfColour(colour: unknown): number | undefined {
  if (typeof colour !== "string") return undefined;
  const wanted = colour.toLowerCase();
  for (let slot = 1; slot <= PERSON_COLOUR_COUNT; slot += 1) if (tokenColour(slot) === wanted) return slot;
  return undefined;
}

/** Only plain hex colours reach the DOM: awareness states come from other people's browsers. */
export function safeColour(colour: unknown): string {
  return typeof colour === "string" && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : FALLBACK;
}
