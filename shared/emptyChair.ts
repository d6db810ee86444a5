import type { PresentedPrompt } from "./meetingTypes";
import type { AgendaTag } from "./meetings";

/** How long a rotating prompt stays before the next one, when no prompt matches the item. */
export const ROTATION_MS = 3 * 60_000;

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/**
 * The empty chair's prompt for the current item: one whose tags share most with the item's tags;
 * without a match, the active prompts take turns. Deterministic (by item and time slot), so every
 * participant sees the same prompt at the same moment.
 */
export function choosePrompt(
  prompts: readonly PresentedPrompt[],
  item: { id: string; tags: readonly AgendaTag[] } | null,
  now: number,
): { prompt: PresentedPrompt; matched: boolean } | null {
  const active = prompts.filter((p) => p.active).sort((a, b) => a.id.localeCompare(b.id));
  if (active.length === 0) return null;
  if (item && item.tags.length > 0) {
    let best = 0;
    for (const prompt of active) best = Math.max(best, prompt.tags.filter((t) => item.tags.includes(t)).length);
    if (best > 0) {
      const matching = active.filter((p) => p.tags.filter((t) => item.tags.includes(t)).length === best);
      return { prompt: matching[hash(item.id) % matching.length]!, matched: true };
    }
  }
  const slot = Math.floor(now / ROTATION_MS);
  return { prompt: active[(slot + hash(item?.id ?? "")) % active.length]!, matched: false };
}
