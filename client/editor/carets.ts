import type { DecorationAttrs } from "@tiptap/pm/view";
import { safeColour, slotOfColour } from "./personColours";

/*
 * The page's Content-Security-Policy allows no inline style attributes (style-src 'self'), so remote
 * carets are coloured through the CSSOM (element.style, allowed) and selections through classes
 * (a decoration's `style` would become an attribute).
 */

/** A remote person's caret: a coloured line with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour = safeColour(user.color);
  const caret = document.createElement("span");
  caret.className = "collab-caret";
  caret.style.borderColor = colour;
  const label = document.createElement("span");
  label.className = "collab-caret-label";
  label.style.backgroundColor = colour;
  label.textContent = typeof user.name === "string" ? user.name : "";
  caret.append(label);
  return caret;
}

/** A remote person's selection, tinted with their palette colour. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const slot = slotOfColour(user.color);
  return { nodeName: "span", class: slot ? `collab-selection person-colour-${slot}` : "collab-selection" };
}
