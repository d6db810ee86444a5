// Postal addresses: a street and a house number, with or without a postcode and town, as written in
// Belgium, the Netherlands, Luxembourg and France:
//   street first   "Kerkstraat 12", "Havenstraat 14B", "Oudegracht 231-bis", "Grote Markt 17",
//                  "Av. Louise 523 bus 4", "Rue Neuve 5 bte 2", "Boulevard du Prince Henri 9"
//   number first   "12 rue de la Gare", "7 avenue de la Liberté"
//   then perhaps   ", 2000 Antwerpen", ", 3511 AB Utrecht", ", L-1611 Luxembourg", ", 75011 Paris"
// A street is a word ending in a Dutch street word (-straat, -laan, -weg, -plein, -gracht…), or a
// street type (rue, avenue, boulevard, chaussée, place…) and a capitalised name. So "artikel 273f",
// "lokaal 2.14", "salle 3", "Kamer 12" and a street without a number are not addresses; a number that
// is a year ("Stationsweg 2024") only counts when a postcode follows. The key is the address in lower
// case with single spaces.
//
// For speed the text is searched for the street words only (plain alternations the regular
// expression engine scans quickly); the rest is matched from there with sticky expressions.
import type { PersonalDataFinding } from "./types";
import { finding, isWordChar } from "./text";

const WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*`;
const LINK = String.raw`(?:(?:de|du|des|la|le|les|aux|au|à|et|sur|en|van|der|den|het|'t)\s+|(?:d|l)['’])`;
const NAME = String.raw`(?:${LINK}){0,3}${WORD}(?:\s+(?:${LINK}){0,3}${WORD}){0,5}`;
const NUMBER = String.raw`\d{1,4}(?:\s?(?:bis|ter)(?![\p{L}\p{N}])|-bis|-ter|-\d{1,3}|[A-Za-z](?![\p{L}\p{N}]))?`;
const BOX = String.raw`(?:\s?(?:bus|bte|boîte|boite|box|b\.)\s?\d{1,4}[A-Za-z]?|\/\d{1,3})?`;
const TOWN = String.raw`(?:(?:Den|La|Le|Les|Sint|Saint|Sainte|'s)\s)?[\p{Lu}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*`;
const POSTCODE = String.raw`(?:,\s*|\s+)(?:(?:L|B|F|NL|BE|LU|FR)\s?-\s?\d{4,5}|\d{4}\s?(?!SA|SD|SS)[A-Z]{2}|\d{4,5})\s+${TOWN}`;
const NUMBER_END = String.raw`(?![\p{L}\p{N}_]|[.,]\d)`;

const DUTCH_STREET_WORD = /(?:straatje|straat|laan|weg|plein|dreef|lei|kaai|dijk|gracht|singel|steeg|kade|baan|pad|plantsoen|wal|vliet|markt|boulevard|square)(?=[ \u00a0]+\d)/gi;
/** Words that may stand before a Dutch street name ("Lange Nieuwstraat", "Koningin Astridlaan", "Grote Markt"). */
const DUTCH_PREFIXES = new Set(["lange", "korte", "grote", "kleine", "oude", "nieuwe", "hoge", "lage", "sint", "koning", "koningin", "prins", "prinses", "burgemeester", "dokter", "pastoor", "generaal", "kardinaal", "graaf", "gravin", "hertog", "hertogin", "heilige", "onze-lieve-vrouw"]);
const HOUSE_NUMBER = new RegExp(String.raw`[ \u00a0]+(${NUMBER})${BOX}${NUMBER_END}(${POSTCODE})?`, "uy");

const STREET_TYPE = /(?<![A-Za-z\u00c0-\u024f])(?:rue|avenue|av\.|boulevard|bd|bld|chaussée|ch\.|place|pl\.|quai|route|chemin|allée|impasse|square|cours|passage|rond-point|esplanade|promenade|drève|clos|parvis|rampe|venelle|montée|cité)(?=[ \u00a0])/gi;
const TYPE_FIRST = new RegExp(String.raw`\S+\s+${NAME}\s+(${NUMBER})${BOX}${NUMBER_END}(${POSTCODE})?`, "uy");
const TYPE_THEN_NAME = new RegExp(String.raw`\S+\s+${NAME}(${POSTCODE})?`, "uy");
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_.,/\-])(${NUMBER}),?\s+$`, "u");

const YEAR = /^(?:19|20)\d\d$/;
/** Words that may not end a street name taken by NAME: the sentence goes on after them. */
const TRAILING_WORD = /\s+(?:Le|La|Les|De|Het|The|Il|Elle|Ils|Zij|Hij|En|Et|And)$/;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && (isWordChar(text[start - 1]) || ((text[start - 1] === "-" || text[start - 1] === "'") && isWordChar(text[start - 2])))) start--;
  return start;
}

/** Start of the Dutch street whose street word ends at `end`, or -1 ("Kerkstraat", "Lange Nieuwstraat", "Grote Markt"). */
function dutchStreetStart(text: string, suffixStart: number, end: number): number {
  const start = wordStartBefore(text, end);
  if (!isUpper(text[start])) return -1;
  const standalone = start === suffixStart;
  // One capitalised word before it belongs to the street: a usual prefix, or any word inside a sentence.
  const space = start - 1;
  if (text[space] === " ") {
    const previous = wordStartBefore(text, space);
    const word = text.slice(previous, space);
    const inSentence = previous > 0 && /[\p{Ll},]\s$/u.test(text.slice(Math.max(0, previous - 2), previous));
    if (previous < space && isUpper(word[0]) && (DUTCH_PREFIXES.has(word.toLowerCase()) || (inSentence && !standalone))) return previous;
  }
  return standalone ? -1 : start;
}

function push(found: PersonalDataFinding[], text: string, start: number, end: number, hasPostcode: boolean): void {
  const value = text.slice(start, end).toLowerCase().replace(/\s+/g, " ");
  found.push(finding("postal_address", text, start, end, value, hasPostcode ? "address_postcode" : "address_street_number"));
}

function dutchStreets(text: string, found: PersonalDataFinding[]): void {
  for (const hit of text.matchAll(DUTCH_STREET_WORD)) {
    const end = hit.index + hit[0].length;
    const start = dutchStreetStart(text, hit.index, end);
    if (start < 0) continue;
    HOUSE_NUMBER.lastIndex = end;
    const tail = HOUSE_NUMBER.exec(text);
    if (!tail) continue;
    const [whole, number = "", postcode] = tail;
    if (YEAR.test(number) && !postcode) continue;
    push(found, text, start, end + whole.length, postcode !== undefined);
  }
}

function streetTypes(text: string, found: PersonalDataFinding[]): void {
  for (const hit of text.matchAll(STREET_TYPE)) {
    const at = hit.index;
    // "12 rue de la Gare": the number comes first.
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
    if (before) {
      TYPE_THEN_NAME.lastIndex = at;
      const match = TYPE_THEN_NAME.exec(text);
      const number = before[1]!;
      if (match && !(YEAR.test(number) && !match[1])) {
        let end = at + match[0].length;
        if (!match[1]) {
          const trailing = TRAILING_WORD.exec(match[0]);
          if (trailing) end -= trailing[0].length;
        }
        push(found, text, at - before[0].length, end, match[1] !== undefined);
        continue;
      }
    }
    // "Rue Neuve 5 bte 2", "Av. Louise 523 bus 4": the number comes after the name.
    TYPE_FIRST.lastIndex = at;
    const match = TYPE_FIRST.exec(text);
    if (!match) continue;
    const [whole, number = "", postcode] = match;
    if (YEAR.test(number) && !postcode) continue;
    push(found, text, at, at + whole.length, postcode !== undefined);
  }
}

export function findPostalAddresses(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  dutchStreets(text, found);
  streetTypes(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const item of found) {
    const previous = kept[kept.length - 1];
    if (previous && item.start < previous.end) {
      if (item.end - item.start > previous.end - previous.start) kept[kept.length - 1] = item;
      continue;
    }
    kept.push(item);
  }
  return kept;
}
