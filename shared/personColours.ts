/**
 * A person's colour in the editor (caret, selection, presence), derived from their user id. Both
 * sides use this: the server writes it into every awareness state it relays (identity is the
 * server's), the browser uses it for its own caret. The values are the --color-person-N design
 * tokens in client/styles/tokens.css (a test keeps the two in step).
 */
export const PERSON_COLOURS = ["#0b5cad", "#a8326e", "#2e6b30", "#8a4b00", "#6b3fa0", "#00707a", "#b3261e", "#4a5560"] as const;

/** A stable palette slot (1…8) per user id, so a person keeps their colour in every document and session. */
export function personColourSlot(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % PERSON_COLOURS.length) + 1;
}

export function personColour(userId: string): string {
  return PERSON_COLOURS[personColourSlot(userId) - 1]!;
}

/** The palette slot of a colour, if it is one of ours. */
export function slotOfColour(colour: unknown): number | undefined {
  if (typeof colour !== "string") return undefined;
  const index = (PERSON_COLOURS as readonly string[]).indexOf(colour.toLowerCase());
  return index === -1 ? undefined : index + 1;
}
