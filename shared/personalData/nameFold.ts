// Folding for gazetteer look-ups: lower case, no diacritics, a few letters that do not decompose
// spelled out ("Łukasz" → "lukasz", "Đức" → "duc", "Nguyễn" → "nguyen"). Used at run time on
// capitalised words and by the script that builds the gazetteer, so both fold alike.

const SPECIAL: Readonly<Record<string, string>> = {
  ł: "l", đ: "d", ð: "d", ø: "o", æ: "ae", œ: "oe", ß: "ss", ı: "i", þ: "th", "’": "'", "ʼ": "'", "‘": "'",
};
const MARKS = /\p{M}/gu;
const SPECIALS = /[łđðøæœßıþ’ʼ‘]/g;

function isPlainAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) return false;
  return true;
}

export function foldName(value: string): string {
  const lower = value.toLowerCase();
  if (isPlainAscii(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(SPECIALS, (ch) => SPECIAL[ch] ?? ch);
}
