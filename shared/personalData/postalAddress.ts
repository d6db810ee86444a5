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
import type { PersonalDataFinding } from "./types";
import { finding } from "./text";

const WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*`;
const DUTCH_STREET = String.raw`[\p{Lu}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*(?:straat|straatje|laan|weg|plein|dreef|lei|kaai|dijk|gracht|singel|steeg|kade|baan|pad|plantsoen|wal|vliet|steenweg|markt|boulevard|square|dreef)`;
// A capitalised word before a Dutch street ("Lange Nieuwstraat", "Koningin Astridlaan", "Grote Markt").
const DUTCH_PREFIX = String.raw`(?:(?:Lange|Korte|Grote|Kleine|Oude|Nieuwe|Hoge|Lage|Sint|Koning|Koningin|Prins|Prinses|Burgemeester|Dokter|Pastoor|Generaal|Kardinaal|Graaf|Gravin|Hertog|Hertogin|Heilige|Onze-Lieve-Vrouw|${WORD})\s)?`;
const STANDALONE_DUTCH = String.raw`(?:Lange|Korte|Grote|Kleine|Oude|Nieuwe|Hoge|Lage)\s(?:Markt|Baan|Weg|Dijk|Gracht|Kaai|Kade|Wal|Laan|Steenweg)`;
const TYPE = String.raw`(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Bb]ld|[Cc]haussée|[Cc]h\.|[Pp]lace|[Pp]l\.|[Qq]uai|[Rr]oute|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Ss]quare|[Cc]ours|[Pp]assage|[Rr]ond-[Pp]oint|[Ee]splanade|[Pp]romenade|[Dd]rève|[Cc]los|[Pp]arvis|[Rr]ampe|[Vv]enelle|[Mm]ontée|[Cc]ité)`;
const LINK = String.raw`(?:(?:de|du|des|la|le|les|aux|au|à|et|sur|en|van|der|den|het|'t)\s+|(?:d|l)['’])`;
const NAME = String.raw`(?:${LINK}){0,3}${WORD}(?:\s+(?:${LINK}){0,3}${WORD}){0,5}`;
const NUMBER = String.raw`\d{1,4}(?:\s?(?:bis|ter)\b|-bis|-ter|-\d{1,3}|[A-Za-z](?![\p{L}\p{N}]))?`;
const BOX = String.raw`(?:\s?(?:bus|bte|boîte|boite|box|b\.)\s?\d{1,4}[A-Za-z]?|\/\d{1,3})?`;
const TOWN = String.raw`(?:(?:Den|La|Le|Les|Sint|Saint|Sainte|'s)\s)?[\p{Lu}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*`;
const POSTCODE = String.raw`(?:,\s*|\s+)(?:(?:L|B|F|NL)-?\d{4}|\d{4}\s?(?!SA|SD|SS)[A-Z]{2}|\d{4,5})\s+${TOWN}`;

const STREET_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${DUTCH_PREFIX}${DUTCH_STREET}|${STANDALONE_DUTCH}|${TYPE}\s+${NAME})\s+(${NUMBER})${BOX}(?![\p{L}\p{N}_]|[.,]\d)(${POSTCODE})?`,
  "gu",
);
const NUMBER_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/\-])(${NUMBER}),?\s+${TYPE}\s+${NAME}(${POSTCODE})?`,
  "gu",
);

const YEAR = /^(?:19|20)\d\d$/;
/** Words that may not end a street name taken by NAME: the sentence goes on after them. */
const TRAILING_WORD = /\s+(?:Le|La|Les|De|Het|The|Il|Elle|Ils|Zij|Hij|En|Et|And)$/;

function push(found: PersonalDataFinding[], text: string, start: number, end: number, hasPostcode: boolean): void {
  const value = text.slice(start, end).toLowerCase().replace(/\s+/g, " ");
  found.push(finding("postal_address", text, start, end, value, hasPostcode ? "address_postcode" : "address_street_number"));
}

export function findPostalAddresses(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(STREET_FIRST)) {
    const [whole, number = "", postcode] = match;
    if (YEAR.test(number) && !postcode) continue;
    push(found, text, match.index, match.index + whole.length, postcode !== undefined);
  }
  for (const match of text.matchAll(NUMBER_FIRST)) {
    const [whole, number = "", postcode] = match;
    if (YEAR.test(number) && !postcode) continue;
    let end = match.index + whole.length;
    if (!postcode) {
      const trailing = TRAILING_WORD.exec(whole);
      if (trailing) end -= trailing[0].length;
    }
    push(found, text, match.index, end, postcode !== undefined);
  }
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
