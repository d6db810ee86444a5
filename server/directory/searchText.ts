/**
 * Text kept beside a record for search: lower case, accents removed, so that "surya" finds "Sürya"
 * and "ministere" finds "Ministère". FerretDB has no text index and its case-insensitive regex does
 * not fold accents, so both the stored text and the searched words are folded the same way.
 */
export function foldForSearch(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(" ")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
