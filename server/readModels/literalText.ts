/** User text in a regular expression matches literally (no text index on FerretDB; no regex injection). */
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A search for user text, literally and ignoring case, both as a database filter and as the same
 * test in memory (the read models filter in memory). Case is folded the way both databases fold it
 * for `$options: "i"`: Unicode simple case folding, as FerretDB's Go regexp does (`(?i)`, SimpleFold
 * orbits) and MongoDB's PCRE in UTF mode, and as JavaScript does with the `u` flag (without it,
 * JavaScript folds only by toUpperCase). test/server/readModels checks them against each other.
 */
export function literalText(text: string): { filter: { $regex: string; $options: "i" }; matches(value: unknown): boolean } {
  const source = escapeRegex(text);
  const pattern = new RegExp(source, "iu");
  return { filter: { $regex: source, $options: "i" }, matches: (value) => typeof value === "string" && pattern.test(value) };
}
