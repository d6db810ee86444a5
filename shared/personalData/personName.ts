// Names of people in Dutch, French and English text, without a model: capitalised words, initials
// and particles ("van der", "El", "da") form candidate names; a candidate is a person's name when
//   - a title or a role word stands right before it ("mevrouw Janssens", "la victime, Elena
//     Vasilescu", "the suspect Radu Ionescu", "genaamd Ivan"): any capitalised words then;
//   - it has two or more words and one is a known given name or surname that is not also an ordinary
//     word ("Blessing Okafor", "PETROVA Ana", "Nguyễn Thị Lan"), or an initial ("A. Petrova");
//   - it is one known given name or surname: capitalised inside a sentence, or at its start when it
//     is not also an ordinary word ("Oksana belde…") or a person's verb follows ("Hope explained…").
// Not persons: places that share a word with a name ("Gent", "Den Haag", "Lagos"), organisations,
// programmes, months, nationalities (NOT_NAMES), streets ("Avenue Louise", "Kerkstraat"), companies
// ("… BV"), a capitalised ordinary word that starts a sentence. The finding spans the name without
// its title or role word; the key is the folded name ("person_name:elena vasilescu").
import type { PersonalDataFinding, PersonalDataReason } from "./types";
import { foldName } from "./nameFold";
import { LEGAL_FORMS, nameLexicon, NOT_PERSON_ENDINGS, PARTICLES, PERSON_VERBS, ROLE_WORDS, STREET_TYPES, TITLES, type NameLexicon } from "./nameLexicon";
import { finding } from "./text";

const LETTER = /[\p{L}\p{M}]/u;
const MAX_NAME_WORDS = 6;
/** A full stop after these does not end a sentence. */
const ABBREVIATIONS = new Set(["nr", "art", "sw", "sr", "bv", "ca", "st", "vs", "cf", "zie", "blz", "p", "pp", "no", "n°", "etc", "ea", "oa"]);
const ARTICLES = new Set(["het", "de", "la", "le", "les", "the", "een", "a", "an", "une", "un", "haar", "zijn", "hun", "sa", "son", "ses", "his", "her", "their", "onze", "notre", "our"]);
const SAINTS = new Set(["saint", "sainte", "sint", "st", "ste", "san", "santa", "sao", "santo"]);
const ENGLISH_WORDS = new Set(["the", "and", "of", "to", "was", "is", "with", "for", "from", "by", "on", "at", "in", "a", "an", "were", "has", "have", "that", "this", "which", "who"]);
const DUTCH_FRENCH_WORDS = new Set(["de", "het", "een", "van", "en", "op", "met", "voor", "door", "bij", "is", "was", "le", "la", "les", "un", "une", "des", "du", "et", "avec", "pour", "par", "dans", "sur", "au", "aux", "est"]);
const NOUN_TITLES = new Set(["madam", "madame", "mama", "mamma", "papa", "meester", "auntie", "aunty", "uncle", "tonton", "tata", "tantine", "tante", "oom", "lady", "sir", "miss", "dokter", "docteur", "doctor", "professor", "professeur"]);
const ROLE_JOINERS = new Set(["", ",", ":", "(", "\"", "«", "“", "„", "'"]);

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0) return false;
  return LETTER.test(text[index]!);
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Word tokens: letters with inner apostrophes or hyphens ("O'Brien", "Jean-Luc", "l'employeur"). */
function tokenize(text: string, starts: number[], ends: number[]): void {
  let i = 0;
  const length = text.length;
  while (i < length) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < length && isLetterAt(text, i)) i++;
      const ch = text[i];
      if ((ch === "'" || ch === "’" || ch === "-") && i + 1 < length && isLetterAt(text, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    starts.push(start);
    ends.push(i);
  }
}

type Shape = "cap" | "caps" | "initial" | "lower";

interface Scan {
  text: string;
  starts: number[];
  ends: number[];
  lexicon: NameLexicon;
  /** Per token, computed once when first asked for. */
  shapes: (Shape | undefined)[];
  folds: (string | undefined)[];
}

function word(scan: Scan, i: number): string {
  return scan.text.slice(scan.starts[i]!, scan.ends[i]!);
}

function fold(scan: Scan, i: number): string {
  return (scan.folds[i] ??= foldName(word(scan, i)));
}

function gap(scan: Scan, i: number): string {
  return scan.text.slice(i > 0 ? scan.ends[i - 1]! : Math.max(0, scan.starts[i]! - 3), scan.starts[i]!);
}

function shape(scan: Scan, i: number): Shape {
  return (scan.shapes[i] ??= shapeOf(scan, i));
}

function shapeOf(scan: Scan, i: number): Shape {
  const first = scan.text[scan.starts[i]!]!;
  if (!isUpperChar(first)) return "lower";
  const value = word(scan, i);
  const dot = scan.text[scan.ends[i]!] === ".";
  if (value.length === 1) return dot ? "initial" : "caps";
  // "Th. Antoine", "Ph. Dubois", "Ch. Martin": initials of two letters.
  if (value.length === 2 && dot && (value[1] === "h" || value[1] === "r" || value[1] === "l")) return "initial";
  let upper = true;
  for (let k = 1; k < value.length && upper; k++) {
    const ch = value[k]!;
    if (ch !== "-" && ch !== "'" && ch !== "’" && ch === ch.toLowerCase() && ch !== ch.toUpperCase()) upper = false;
  }
  return upper ? "caps" : "cap";
}

/** "l'employeur" → "employeur". */
function stripElision(folded: string): string {
  return folded.length > 2 && (folded[1] === "'") && (folded[0] === "l" || folded[0] === "d") ? folded.slice(2) : folded;
}

function isAbbreviation(scan: Scan, i: number): boolean {
  const folded = fold(scan, i);
  return folded.length === 1 || ABBREVIATIONS.has(folded) || TITLES.has(folded);
}

/** True when token i starts a sentence, a line, or follows a colon (as in "Aanwezig: Els Vermeulen"). */
function startsSentence(scan: Scan, i: number): boolean {
  if (i === 0) return true;
  const between = gap(scan, i);
  for (let k = 0; k < between.length; k++) {
    const ch = between[k]!;
    if (ch === "\n" || ch === "!" || ch === "?" || ch === ":" || ch === ";" || ch === "•" || ch === "|") return true;
    if (ch === "." && !isAbbreviation(scan, i - 1)) return true;
  }
  return false;
}

/** Gap that may separate two words of one name: spaces, a dot after an initial, at most one line break. */
function joinsName(scan: Scan, i: number): boolean {
  const between = gap(scan, i);
  let newlines = 0;
  for (let k = 0; k < between.length; k++) {
    const ch = between[k]!;
    if (ch === " " || ch === "\u00a0") continue;
    if (ch === "\n") {
      newlines++;
      continue;
    }
    if ((ch === "." || ch === "-") && shape(scan, i - 1) === "initial") continue;
    if (ch === "." && TITLES.has(fold(scan, i - 1))) continue;
    return false;
  }
  if (newlines > 1) return false;
  // Across a line break only when the next word is a known name: "…het slachtoffer Ana\nPetrova".
  if (newlines === 1) {
    const folded = fold(scan, i);
    return scan.lexicon.given.has(folded) || scan.lexicon.surnames.has(folded);
  }
  return true;
}

function isTitle(scan: Scan, i: number): boolean {
  const folded = fold(scan, i);
  if (!TITLES.has(folded)) return false;
  // Short titles ("Me", "M.", "mr.", "Dr") only with a capital or a dot, so "me" and "m" stay words;
  // titles that are also nouns ("madam", "mama", "auntie") only with a capital or before a capitalised word.
  const lower = shape(scan, i) === "lower";
  if (folded.length <= 3 && lower && scan.text[scan.ends[i]!] !== ".") return false;
  if (lower && NOUN_TITLES.has(folded)) return i + 1 < scan.starts.length && shape(scan, i + 1) !== "lower";
  return i + 1 < scan.starts.length && shape(scan, i + 1) !== "lower" ? true : isParticle(scan, i + 1);
}

function isParticle(scan: Scan, i: number): boolean {
  return i < scan.starts.length && PARTICLES.has(fold(scan, i));
}

/** Role word (with its article) whose next word may be a name, joined by nothing, a comma, a colon, a quote or a bracket. */
function roleAt(scan: Scan, i: number): boolean {
  if (i + 1 >= scan.starts.length) return false;
  if (!ROLE_WORDS.has(stripElision(fold(scan, i)))) return false;
  const joiner = gap(scan, i + 1).replace(/[\s\u00a0]+/g, "");
  return ROLE_JOINERS.has(joiner);
}

interface Decision {
  reason: PersonalDataReason;
  context?: string;
}

function isKnown(lexicon: NameLexicon, folded: string): boolean {
  if (lexicon.given.has(folded) || lexicon.surnames.has(folded)) return true;
  const hyphen = folded.indexOf("-");
  return hyphen > 0 && (lexicon.given.has(folded.slice(0, hyphen)) || lexicon.surnames.has(folded.slice(hyphen + 1)));
}

/** A known name that is not also an ordinary word or a word of NOT_NAMES. */
function isStrong(lexicon: NameLexicon, folded: string): boolean {
  return isKnown(lexicon, folded) && !lexicon.ambiguous.has(folded) && !lexicon.notNames.has(folded);
}

function isGiven(lexicon: NameLexicon, folded: string): boolean {
  const hyphen = folded.indexOf("-");
  return lexicon.given.has(folded) || (hyphen > 0 && lexicon.given.has(folded.slice(0, hyphen)));
}

/** A capitalised word that is no person by itself: an organisation, month, nationality, street or place word. */
function isNotName(lexicon: NameLexicon, folded: string): boolean {
  if (lexicon.notNames.has(folded)) return true;
  const hyphen = folded.indexOf("-");
  if (hyphen > 0) {
    // "Sint-Niklaas", "Saint-Gilles", "Esch-sur-Alzette", "Pag-Asa".
    if (lexicon.notNames.has(folded.slice(0, hyphen))) return true;
    if (/-(?:sur|sous|en|lez|les|la|le|aan|op|bij|de|du|am|an)-/.test(folded)) return true;
  }
  return NOT_PERSON_ENDINGS.test(folded) && !isKnown(lexicon, folded);
}

/** True when the words are a place, also after leading particles ("in Den Haag", "La Louvière"). */
function isPlace(lexicon: NameLexicon, scan: Scan, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    let value = "";
    for (let m = k; m <= to; m++) value += (m > k ? " " : "") + fold(scan, m);
    if (lexicon.places.has(value)) return true;
    if (!isParticle(scan, k)) return false;
  }
  return false;
}

/** True when the words around token i are more English than Dutch or French. */
function looksEnglish(scan: Scan, i: number): boolean {
  let english = 0;
  let other = 0;
  for (let k = Math.max(0, i - 8); k < Math.min(scan.starts.length, i + 6); k++) {
    if (shape(scan, k) !== "lower") continue;
    const folded = fold(scan, k);
    if (ENGLISH_WORDS.has(folded)) english++;
    if (DUTCH_FRENCH_WORDS.has(folded)) other++;
  }
  return english > other;
}

/** Decides whether tokens [from, to] (particles trimmed) are a person's name. */
function decide(scan: Scan, from: number, to: number, context: Decision | undefined, besideNotName: boolean): Decision | undefined {
  const { lexicon } = scan;
  let strong = 0;
  let known = 0;
  let plainKnown = 0;
  let notNames = 0;
  let cores = 0;
  let initials = 0;
  for (let k = from; k <= to; k++) {
    if (isParticle(scan, k) && shape(scan, k) === "lower") continue;
    const kind = shape(scan, k);
    if (kind === "initial") {
      initials++;
      continue;
    }
    cores++;
    const folded = fold(scan, k);
    if (NOT_PERSON_ENDINGS.test(folded) && !isKnown(lexicon, folded)) return undefined;
    if (isNotName(lexicon, folded)) notNames++;
    if (!isKnown(lexicon, folded)) continue;
    known++;
    if (!lexicon.ambiguous.has(folded)) plainKnown++;
    if (!lexicon.ambiguous.has(folded) && !lexicon.notNames.has(folded)) strong++;
  }
  if (cores === 0) return undefined;
  // "Saint Nicholas", "Sint Maarten", "St. Martin": a saint, a feast, a place or a church.
  if (from > 0 && SAINTS.has(fold(scan, from - 1))) return undefined;
  // "rue de la Loi", "l'avenue Louise": a street, not a person.
  let before = from - 1;
  while (before >= 0 && before >= from - 3 && isParticle(scan, before)) before--;
  if (before >= 0 && STREET_TYPES.has(stripElision(fold(scan, before)))) return undefined;
  if (to + 1 < scan.starts.length && LEGAL_FORMS.has(fold(scan, to + 1))) return undefined;
  // After a title or a role word even a place's name is a person's ("het slachtoffer Sofia").
  if (context) return context;
  if (isPlace(lexicon, scan, from, to)) return undefined;
  // "the Iris leaflet", "de Victoria-lijn", "la Rose des vents": after an article only an unambiguous name.
  if (from > 0 && shape(scan, from - 1) === "lower" && ARTICLES.has(fold(scan, from - 1)) && joinsName(scan, from) && strong === 0) return undefined;
  if (cores + initials >= 2) {
    // Two names that are also words ("Rob Koster", "Wim De Vos") are a name, except in English titles ("Rose Garden").
    if (strong >= 1 || (known >= 2 && (plainKnown >= 1 || !looksEnglish(scan, from)))) return { reason: "name_known_words" };
    // Inside a Dutch or French sentence, where only proper nouns are capitalised, a given name that is also a
    // word and a capitalised word after it ("Griet Lammens"), or a capitalised word and a surname ("Ozark Henry").
    // Not in English, which capitalises the titles of things.
    const nameShaped = isGiven(lexicon, fold(scan, from)) || lexicon.surnames.has(fold(scan, to));
    if (known === 1 && nameShaped && notNames === 0 && !startsSentence(scan, from) && !lexicon.notNames.has(fold(scan, from)) && !looksEnglish(scan, from)) return { reason: "name_known_words" };
    if (initials >= 1 && known >= 1) return { reason: "name_initials" };
    if (initials >= 1 && !startsSentence(scan, from)) return { reason: "name_initials" };
    return undefined;
  }
  if (initials > 0 || known === 0) return undefined;
  const atStart = startsSentence(scan, from);
  // Beside an organisation's or a programme's words ("Human Trafficking", "Victoria Station"), only an unambiguous name.
  if (besideNotName && strong === 0) return undefined;
  // A lone word in capitals is an acronym or a heading ("IBAN", "GÉNÉRAL") unless a title or role precedes it.
  if (shape(scan, from) === "caps") return undefined;
  if (strong === 1 && !(atStart && lexicon.notNames.has(fold(scan, from)))) return { reason: "name_known_words" };
  if (!atStart && !lexicon.notNames.has(fold(scan, from))) return { reason: "name_known_words" };
  if (lexicon.notNames.has(fold(scan, from)) || to + 1 >= scan.starts.length || !joinsName(scan, to + 1)) return undefined;
  const next = fold(scan, to + 1);
  if (PERSON_VERBS.has(next)) return { reason: "name_before_verb" };
  // French compound tenses: "Joy a appelé", "Mirela est partie".
  if ((next === "a" || next === "est") && to + 2 < scan.starts.length && /(?:e|ee|i|ie|is|it|u|ue)$/.test(fold(scan, to + 2)) && /[éi]e?s?$|[ui]e?$|i[st]$/.test(word(scan, to + 2))) return { reason: "name_before_verb" };
  return undefined;
}

/** May token i be part of a name? */
function nameWord(scan: Scan, i: number, first: boolean, hasContext: boolean): boolean {
  const kind = shape(scan, i);
  if (kind === "lower") {
    // "van der Meer", "da Silva", "van den Berg": particles, then a capitalised word.
    if (!isParticle(scan, i) || (first && !hasContext)) return false;
    let next = i + 1;
    while (next < scan.starts.length && next - i <= 2 && shape(scan, next) === "lower" && isParticle(scan, next)) next++;
    return next < scan.starts.length && shape(scan, next) !== "lower";
  }
  if (kind === "caps") {
    // Acronyms (FOD, IND, BNL) are no names; an upper-case surname ("PETROVA Ana") is known or sits beside a known name.
    const folded = fold(scan, i);
    if (isKnown(scan.lexicon, folded)) return true;
    const nextKnown = i + 1 < scan.starts.length && shape(scan, i + 1) === "cap" && isGiven(scan.lexicon, fold(scan, i + 1));
    return folded.length >= 3 && nextKnown && !scan.lexicon.notNames.has(folded);
  }
  return true;
}

export function findPersonNames(text: string): PersonalDataFinding[] {
  const lexicon = nameLexicon();
  if (!lexicon) return [];
  const scan: Scan = { text, starts: [], ends: [], lexicon, shapes: [], folds: [] };
  tokenize(text, scan.starts, scan.ends);
  const found: PersonalDataFinding[] = [];
  const count = scan.starts.length;
  let i = 0;
  while (i < count) {
    // A name, or the article, role word or title before one, has a capitalised word within three words.
    if (shape(scan, i) === "lower" && (i + 1 >= count || shape(scan, i + 1) === "lower") && (i + 2 >= count || shape(scan, i + 2) === "lower")) {
      i++;
      continue;
    }
    // Context: role words ("het slachtoffer", "l'employeur,") and titles ("Mme", "dhr."), in any order.
    let context: Decision | undefined;
    let contextStart = -1;
    let j = i;
    for (;;) {
      if (j + 1 < count && ARTICLES.has(fold(scan, j)) && roleAt(scan, j + 1) && joinsName(scan, j + 1)) {
        contextStart = contextStart < 0 ? j : contextStart;
        context = { reason: "name_after_role", context: text.slice(scan.starts[j]!, scan.ends[j + 1]!) };
        j += 2;
      } else if (roleAt(scan, j)) {
        contextStart = contextStart < 0 ? j : contextStart;
        context = { reason: "name_after_role", context: word(scan, j) };
        j += 1;
      } else if (isTitle(scan, j)) {
        contextStart = contextStart < 0 ? j : contextStart;
        context = { reason: "name_after_title", context: word(scan, j) };
        j += 1;
      } else break;
    }
    // The name words.
    let end = j;
    while (end < count && end - j < MAX_NAME_WORDS && nameWord(scan, end, end === j, context !== undefined) && (end === j || joinsName(scan, end))) end++;
    let from = j;
    let to = end - 1;
    // An organisation or a street ("Koning Boudewijnstichting", "Frans Halsstraat") is no person at all.
    let organisation = false;
    for (let k = from; k <= to && !organisation; k++) organisation = (NOT_PERSON_ENDINGS.test(fold(scan, k)) && !isKnown(scan.lexicon, fold(scan, k))) || /-\p{Ll}{4,}$/u.test(word(scan, k));
    // Trim particles and, outside a context, words that only start the sentence or are no names.
    let trimmedNotName = false;
    while (from <= to && !organisation) {
      const folded = fold(scan, from);
      const nextIsName = from < to && shape(scan, from + 1) !== "lower";
      let nextCore = from + 1;
      while (nextCore < to && isParticle(scan, nextCore)) nextCore++;
      if (shape(scan, from) === "lower" && isParticle(scan, from) && !context) from++;
      else if (!context && isNotName(scan.lexicon, folded) && !isKnown(scan.lexicon, folded)) {
        trimmedNotName = true;
        from++;
      } else if (!context && startsSentence(scan, from) && !isKnown(scan.lexicon, folded) && shape(scan, from) !== "initial" && !isParticle(scan, from)) from++;
      // "Grace Periods…": a sentence's first word that is also an ordinary word, unless a known name follows.
      else if (!context && nextIsName && shape(scan, from) !== "initial" && startsSentence(scan, from) && !isStrong(scan.lexicon, folded) && !isKnown(scan.lexicon, fold(scan, nextCore))) from++;
      // "Secretary-General Frans Weekers": an unknown word before a given name is a title or a body.
      // (Not when that given name ends the name and is also a surname: "Ozark Henry", "Chukwuemeka Martin".)
      else if (!context && nextIsName && !isKnown(scan.lexicon, folded) && shape(scan, from) !== "initial" && isGiven(scan.lexicon, fold(scan, from + 1)) && !(from + 1 === to && scan.lexicon.surnames.has(fold(scan, to)))) from++;
      else break;
    }
    while (to >= from && (isParticle(scan, to) || (isNotName(scan.lexicon, fold(scan, to)) && !isKnown(scan.lexicon, fold(scan, to))))) {
      if (!isParticle(scan, to)) trimmedNotName = true;
      to--;
    }
    while (from <= to && isParticle(scan, from) && !context && shape(scan, from) === "lower") from++;
    // A title after a trimmed sentence start: "Selon Mme Aminata Diallo".
    while (from < to && isTitle(scan, from)) {
      context = { reason: "name_after_title", context: word(scan, from) };
      from++;
    }
    const decision = from <= to && !organisation ? decide(scan, from, to, context, trimmedNotName) : undefined;
    if (decision) {
      const start = scan.starts[from]!;
      const finish = scan.ends[to]!;
      let key = "";
      for (let k = from; k <= to; k++) key += (k > from ? " " : "") + fold(scan, k);
      found.push(finding("person_name", text, start, finish, key, decision.reason, decision.context));
    }
    i = Math.max(end, contextStart >= 0 ? j : i + 1, i + 1);
  }
  return found;
}
