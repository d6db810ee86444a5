// The keys the name detector gives to a workspace account's own name, in the forms minutes write it:
// in full ("Anna Petrova") and with the first given name as an initial ("A. Petrova"). A surname
// alone ("mevrouw Petrova") is not included: it could as well be someone else of that name.
import { findPersonNames } from "./personName";

/** Tokenised by the detector itself (after a title, so any capitalised words count), so the keys match its findings. */
function keysIn(name: string): string[] {
  return findPersonNames(`Mevrouw ${name}`).map((finding) => finding.key);
}

export function accountNameKeys(name: string): string[] {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  // A one-word key ("person_name:petrova") would exempt the surname on its own, which the detector may yield for odd names.
  const keys = new Set(keysIn(words.join(" ")).filter((key) => key.includes(" ")));
  if (words.length > 1) {
    const initial = words[0]!.charAt(0).toUpperCase();
    // Only if the initial is part of the name found ("M. van den Berg" can read as Monsieur van den Berg).
    const prefix = `person_name:${initial.toLowerCase()} `;
    for (const key of keysIn(`${initial}. ${words.slice(1).join(" ")}`)) if (key.startsWith(prefix)) keys.add(key);
  }
  return [...keys];
}
